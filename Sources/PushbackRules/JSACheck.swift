import PushbackModel

/// A test of what a JSA itself says, and of what other documents say about its well
/// (`check: {type: jsa, test: …}`).
public enum JSACheck: Sendable {
    /// Hot work (a hot-work permit, or welding, cutting or grinding in the job or its steps) needs
    /// a hot-work permit and an LEL reading no higher than `lelLimit` percent.
    case hotWork(lelLimitPercent: Double)
    /// A well or job with H2S — named as a hazard, read at or above `thresholdPPM` on this JSA or
    /// on another of the same well, or a filing of the well stating it is in an H2S area
    /// (`h2s_area: yes`, the W-1's Statewide Rule 36 question) — needs an H2S monitor (or
    /// respiratory protection) and an H2S reading.
    case h2sControls(thresholdPPM: Double)
    /// The crew signs at the JSA, before the work: no sign-off after the job's start time, none
    /// long before the others (`earlyMinutes`), the person in charge among them, each with a time;
    /// and the JSA is not dated after the day of the work.
    case signOffs(earlyMinutes: Int)
    /// Every job step with a hazard has a control.
    case stepControls
    /// Every gas reading within the limits of a safe atmosphere (oxygen between the two
    /// percentages, LEL and H2S under theirs); a confined-space entry with an atmosphere test.
    case atmosphere(oxygenPercent: ClosedRange<Double>, lelLimitPercent: Double, h2sLimitPPM: Double)
    /// Work on a well the registry records in one of `statuses` (plugged), unless the job is
    /// itself plugging or re-entry work.
    case wellStatus(statuses: Set<WellStatus>)
    /// A valve said to be checked or tested carries what it was checked with: a pressure, a
    /// duration or a reading — "checked OK" alone is no evidence, least of all for a new valve.
    case valveChecks
    /// A confined-space entry has an attendant outside the space.
    case confinedSpaceAttendant
    /// A pressure the JSA judges against a limit it writes ("2400 kPa — below our 300 psi max")
    /// is on the side of the limit the words say, once both are in one unit.
    case pressureJudgments

    /// The fields the check asks documents on file to state: a filing's H2S-area answer.
    var statedFields: Set<String> {
        if case .h2sControls = self { return ["h2s_area", "field"] }
        return []
    }

    var verdicts: Set<FindingKind> {
        switch self {
        case .hotWork, .h2sControls: [.fail, .open]
        case .signOffs: [.fail, .review, .open]
        case .stepControls: [.review, .open]
        case .atmosphere: [.fail, .open]
        case .wellStatus: [.fail, .open]
        case .valveChecks: [.review, .open]
        case .confinedSpaceAttendant, .pressureJudgments: [.fail, .open]
        }
    }
}
