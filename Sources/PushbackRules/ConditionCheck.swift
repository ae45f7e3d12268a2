import PushbackModel

/// A rule written in the condition language: which wells it applies to, when it fires, and the
/// deadline it imposes. A condition that needs a missing fact is an `open` finding naming the fact.
public struct ConditionCheck: Sendable {
    /// Wells the rule looks at (nil: every well in the jurisdiction). False: the rule does not
    /// apply and says nothing; unknown: `open`.
    public var appliesWhen: Condition?
    /// When the rule fires (nil: whenever it applies — a deadline alone decides).
    public var firesWhen: Condition?
    /// `fail` or `review` (a rule whose compliance may rest on a filing Pushback cannot see).
    public var raises: FindingKind
    public var deadline: Deadline?

    /// An obligation's due date: a fixed day, or a period after a date fact.
    public struct Deadline: Sendable {
        public enum Start: Sendable {
            case fixed(CalendarDate)
            case fact(WellFact, after: CalendarPeriod)
        }

        /// What must be done by then ("plugging, or an approved Form W-3X extension").
        public var what: String
        public var start: Start
        /// Before the due date, a `review` (severity low) is raised this long ahead; nil: only overdue is raised.
        public var warnBefore: CalendarPeriod?
    }

    /// Every fact the check reads.
    public var facts: Set<WellFact> {
        var facts = (appliesWhen?.facts ?? []).union(firesWhen?.facts ?? [])
        if case .fact(let fact, _) = deadline?.start { facts.insert(fact) }
        return facts
    }
}
