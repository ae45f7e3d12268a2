import PushbackXML

/// A human-readable rendering of a form part, made from the part's own XML as written to the
/// package — so what a person checks is what the XML says, box by box.
enum FormRendering {
    static func sundryNotice(_ root: XMLElement, part: String) -> String {
        func value(_ path: String...) -> String {
            var element: XMLElement? = root
            for name in path { element = element?.elements(name).first }
            return element?.text ?? ""
        }
        let actions = root.elements("TypeOfAction").first?.elements("Action").map(\.text) ?? []
        let rows: [(String, String)] = [
            ("1. Type of Well", value("WellType")),
            ("2. Name of Operator", value("Operator", "Name")),
            ("3a. Address", value("Operator", "Address")),
            ("3b. Phone No.", value("Operator", "Phone")),
            ("4. Location of Well", value("Location", "Description")),
            ("5. Lease Serial No.", value("LeaseSerial")),
            ("6. If Indian, Allottee or Tribe Name", value("IndianAllotteeOrTribe")),
            ("7. If Unit of CA/Agreement, Name and/or No.", value("UnitOrCAAgreement")),
            ("8. Well Name and No.", value("WellNameAndNumber")),
            ("9. API Well No.", value("ApiNumber")),
            ("10. Field and Pool or Exploratory Area", value("FieldAndPool")),
            ("11. County or Parish, State", "\(value("County")), \(value("State"))"),
            ("12. Type of Submission", value("TypeOfSubmission")),
            ("12. Type of Action", actions.joined(separator: "; ")),
            ("Date work completed", value("CompletionDate")),
            ("13. Describe Proposed or Completed Operation", value("Description")),
            ("14. Name (Printed/Typed)", value("Certification", "Name")),
            ("14. Title", value("Certification", "Title")),
            ("14. Date", value("Certification", "SignedDate")),
        ]
        let body = rows.map { label, text in
            "<tr><th>\(escape(label))</th><td>\(text.isEmpty ? "<span class=\"blank\">(blank)</span>" : escape(text))</td></tr>"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(escape(value("Citation", "Title")))</title>
            <style>body{font:14px/1.4 sans-serif;max-width:60em;margin:2em auto}th{text-align:left;vertical-align:top;width:18em;padding:.3em;background:#f2f2f2}td{padding:.3em;white-space:pre-wrap}table{border-collapse:collapse;width:100%}tr{border-bottom:1px solid #ddd}.blank{color:#888}.notice{border:1px solid #c60;padding:.5em;background:#fff6ec}</style>
            </head><body>
            <h1>Sundry notice (modeled on BLM Form 3160-5)</h1>
            <p class="notice">A rendering of <code>\(escape(part))</code> (uuid \(escape(root.attribute("uuid") ?? "")), submission \(escape(value("Submission", "Sequence"))), \(escape(value("Submission", "Correction")))) for a person to check against the filed form. It is not the form, and no agency has accepted it.</p>
            <table>
            \(body)
            </table>
            </body></html>

            """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
