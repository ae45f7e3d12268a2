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

    /// An obligation's due date: a fixed day, a period after a date fact, or a day every year.
    public struct Deadline: Sendable {
        public enum Start: Sendable {
            case fixed(CalendarDate)
            case fact(WellFact, after: CalendarPeriod)
            /// Every year on this month and day (an annual fee due May 1). Only the next one is
            /// known to fall due: whether last year's was met is not in the documents, so an annual
            /// deadline is raised only inside its warning window, never as overdue.
            case annually(month: Int, day: Int)
        }

        /// What must be done by then ("plugging, or an approved Form W-3X extension").
        public var what: String
        public var start: Start
        /// Before the due date, a `review` (severity low) is raised this long ahead; nil: only overdue is raised.
        public var warnBefore: CalendarPeriod?

        /// The day the obligation falls due for a well as of `asOf`, with the date fact it runs
        /// from; `.missing` when the well lacks that fact.
        func due(for well: Well, asOf: CalendarDate) -> (due: CalendarDate?, from: FactReading?) {
            switch start {
            case .fixed(let date):
                return (date, nil)
            case .fact(let fact, let period):
                let reading = fact.reading(of: well, asOf: asOf)
                guard case .date(let date, _) = reading else { return (nil, reading) }
                return (period.after(date), reading)
            case .annually(let month, let day):
                let thisYear = CalendarDate(year: asOf.year, month: month, day: day)!
                return (thisYear >= asOf ? thisYear : CalendarDate(year: asOf.year + 1, month: month, day: day)!, nil)
            }
        }

        /// False for annual obligations: only the next one is known.
        var canBeOverdue: Bool {
            if case .annually = start { false } else { true }
        }
    }

    /// Every fact the check reads.
    public var facts: Set<WellFact> {
        var facts = (appliesWhen?.facts ?? []).union(firesWhen?.facts ?? [])
        if case .fact(let fact, _) = deadline?.start { facts.insert(fact) }
        return facts
    }
}
