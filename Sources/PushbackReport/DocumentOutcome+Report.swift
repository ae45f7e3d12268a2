import PushbackModel

extension DocumentOutcome {
    /// "CDE Public Schools and Districts (cde-public-schools)", as reports name a source.
    var sourceDescription: String {
        switch (mappingTitle, mappingID) {
        case let (title?, id?): "\(title) (\(id))"
        case let (nil, id?): id
        default: "?"
        }
    }
}
