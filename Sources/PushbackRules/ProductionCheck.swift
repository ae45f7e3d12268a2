import PushbackModel

/// A test over each monthly production report (`check: {type: production}`).
public enum ProductionCheck: Sendable {
    /// BOM inventory + oil produced − oil sold + adjustment must equal EOM inventory, within a
    /// tolerance; a blank quantity counts as none (DOMAIN.md §3).
    case inventoryBalance(tolerance: Volume)
    /// A month reported in one of `statuses` (shut in, temporarily abandoned) must not report
    /// days produced or oil or gas produced (sold is left out: it can come out of inventory).
    case statusAgainstProduction(statuses: Set<WellStatus>)
    /// A month's daily oil rate against the well's own trend: a least-squares line through the
    /// logarithm of the daily rate of the `windowMonths` months before it (every one producing),
    /// extrapolated one month. A month more than `ratio` times off the trend and more than
    /// `deviations` prediction standard errors from it is inconsistent with the well's history.
    case trendBreak(windowMonths: Int, ratio: Double, deviations: Double)
    /// A producing month (oil or gas produced) whose tubing and casing pressures are both
    /// reported as 0, for at least `months` consecutive months: the gauges are not being read.
    case zeroPressures(months: Int)
    /// A well the registry lists in one of `statuses` (idle, shut in, plugged) whose production
    /// reports show production in a month that begins on or after the registry's status date.
    case registryStatusAgainstProduction(statuses: Set<WellStatus>)
}
