import Foundation

/// Named points in a sweep where the fault-injection tests kill it (`SIGKILL`, as a power cut
/// or the OOM killer would): `PUSHBACK_KILL_AT=<point>` in the environment. Unset, a checkpoint
/// does nothing. The points, in order: `run:begun`, `document:N` (after the N-th document's
/// transaction), `findings:recorded`, `report:<file>`, `link:as-of`, `link:latest`, `run:finished`.
enum FaultInjection {
    private static let point = ProcessInfo.processInfo.environment["PUSHBACK_KILL_AT"]

    static func checkpoint(_ name: @autoclosure () -> String) {
        guard let point, point == name() else { return }
        kill(getpid(), SIGKILL)
    }
}
