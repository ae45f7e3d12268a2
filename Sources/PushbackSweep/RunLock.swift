import Foundation

/// One sweep at a time per state folder: a kernel advisory lock (`flock`) on `pushback.lock`
/// beside the database, holding who took it. The kernel drops the lock when its process dies, so
/// a lock left by a killed sweep never blocks the next one; the file itself stays (deleting it
/// would race with a sweep opening it).
public final class RunLock: @unchecked Sendable {
    /// Who holds the lock, as its holder wrote it into the file.
    public struct Holder: Codable, Sendable, CustomStringConvertible {
        public var runID: String
        public var pid: Int32
        public var host: String
        public var startedAt: String

        public var description: String { "run \(runID) (pid \(pid) on \(host), started \(startedAt))" }
    }

    /// What to do when another sweep holds the lock.
    public enum Policy: Sendable, Equatable, CustomStringConvertible {
        /// Exit 11 at once.
        case fail
        /// Do nothing and exit 0 (cron's next night will run).
        case skip
        /// Wait up to this many seconds for the lock, then exit 11.
        case wait(seconds: Int)

        /// `fail`, `skip` or `wait:SECONDS`.
        public init?(_ text: String) {
            switch text {
            case "fail": self = .fail
            case "skip": self = .skip
            default:
                guard text.hasPrefix("wait:"), let seconds = Int(text.dropFirst(5)), seconds >= 0 else { return nil }
                self = .wait(seconds: seconds)
            }
        }

        public var description: String {
            switch self {
            case .fail: "fail"
            case .skip: "skip"
            case .wait(let seconds): "wait:\(seconds)"
            }
        }
    }

    /// The lock is held by another sweep.
    public struct Held: Error, Sendable, CustomStringConvertible {
        /// The holder as its file says, when readable.
        public var holder: Holder?
        public var path: String
        public var waited: Int?

        public var description: String {
            let who = holder.map { "another sweep, \($0)," } ?? "another sweep"
            let wait = waited.map { " after waiting \($0) s" } ?? ""
            return "\(who) holds the lock \(path)\(wait); not started (--if-locked=fail|skip|wait:SECONDS decides this)"
        }
    }

    public let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Takes the lock at `path` for `holder`, waiting as `policy` says (a `skip` policy is
    /// reported as `Held` like `fail`; the caller decides what skipping means).
    public static func acquire(path: String, holder: Holder, policy: Policy) throws -> RunLock {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard case .wait(let seconds) = policy else {
                close(descriptor)
                throw Held(holder: readHolder(path), path: path, waited: nil)
            }
            let deadline = Date().addingTimeInterval(TimeInterval(seconds))
            var acquired = false
            while Date() < deadline {
                usleep(100_000)
                if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { acquired = true; break }
            }
            guard acquired else {
                close(descriptor)
                throw Held(holder: readHolder(path), path: path, waited: seconds)
            }
        }
        // The lock is ours: say who holds it.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let record = (try? encoder.encode(holder)) ?? Data()
        ftruncate(descriptor, 0)
        _ = record.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        fsync(descriptor)
        return RunLock(path: path, descriptor: descriptor)
    }

    /// Who holds the lock at `path` now, without touching it (trying to take it, even shared,
    /// could make a sweep starting that instant exit 11): the kernel's table of `flock` locks,
    /// `/proc/locks`, names the file's inode when it is held. Nil when free.
    public static func currentHolder(path: String) -> Holder? {
        var info = stat()
        guard stat(path, &info) == 0, let table = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return nil }
        let inode = "\(info.st_ino)"
        let isHeld = table.split(separator: "\n").contains { line in
            let fields = line.split(separator: " ")
            // `1: FLOCK  ADVISORY  WRITE 12352 fe:00:16220349 0 EOF`
            return fields.count >= 6 && fields[1] == "FLOCK" && fields[5].split(separator: ":").last.map(String.init) == inode
        }
        guard isHeld else { return nil }
        return readHolder(path) ?? Holder(runID: "(unknown)", pid: 0, host: "(unknown)", startedAt: "(unknown)")
    }

    private static func readHolder(_ path: String) -> Holder? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Holder.self, from: data)
    }
}
