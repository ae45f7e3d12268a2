import PushbackModel
import PushbackXML

/// The XML of each part of a filing bundle, as element trees in Pushback's 2026 filing
/// namespace (`schemas/2026/`). Times come from the as-of date or the filings' own dates.
enum PackageParts {
    static let namespace = "urn:pushback:filing:2026"
    static let schemaVersion = "2026.1"
    /// `organisation:tool:version`, the Citation's format.
    static let format = "pushback:pushback:\(PackageFormat.toolVersion)"
    static let notice = "Prepared by Pushback as its canonical record of this filing, modeled on BLM Form 3160-5 and the Energistics, EPA Exchange Network and ONRR conventions. "
        + "No agency has accepted or reviewed this package; file the form itself through the agency's own channel."

    // MARK: - Forms and reports

    static func sundryNotice(_ notice: SundryNotice, bundle: FilingBundle) -> XMLElement {
        var children: [XMLElement] = [
            citation(title: "Sundry notice: \(notice.submissionType.value), \(notice.actions.map(\.value).joined(separator: ", ")) — \(notice.wellNameAndNumber.value)",
                     originator: notice.operatorName.value, creation: notice.signedDate.value),
            aliases(api: notice.api.value, lease: notice.leaseSerial.value, unit: notice.unitOrCAAgreement?.value),
            XMLElement("Submission", children: [
                text("Sequence", bundle.paddedSequence), text("Correction", bundle.correction.rawValue),
            ].map(XMLElement.Child.element) + (bundle.amends.map { [.element(text("Amends", $0))] } ?? [])),
            text("WellType", notice.wellType.value),
            XMLElement("Operator", children: ([text("Name", notice.operatorName.value), text("Address", notice.operatorAddress.value)]
                + optional("Phone", notice.operatorPhone)).map(XMLElement.Child.element)),
            XMLElement("Location", children: ([text("Description", notice.location.value)] + (notice.plss.map { [plss($0)] } ?? [])).map(XMLElement.Child.element)),
            text("LeaseSerial", notice.leaseSerial.value),
        ]
        children += optional("IndianAllotteeOrTribe", notice.indianAllotteeOrTribe) + optional("UnitOrCAAgreement", notice.unitOrCAAgreement)
        children += [text("WellNameAndNumber", notice.wellNameAndNumber.value), text("ApiNumber", notice.dashedAPI)]
        children += optional("FieldAndPool", notice.fieldAndPool)
        children += [text("County", notice.county.value), text("State", notice.state.value), text("TypeOfSubmission", notice.submissionType.value),
                     XMLElement("TypeOfAction", children: (notice.actions.map { text("Action", $0.value) } + optional("OtherAction", notice.otherAction)).map(XMLElement.Child.element))]
        children += optional("CompletionDate", notice.completionDate)
        children += [text("Description", notice.description.value),
                     XMLElement("Certification", children: ([text("Name", notice.signerName.value)] + optional("Title", notice.signerTitle) + [text("SignedDate", notice.signedDate.value)])
                        .map(XMLElement.Child.element)),
                     XMLElement("SourceDocuments", children: [.element(document("Document", notice.source, quote: ""))])]
        return root("SundryNotice", uuid: NameBasedUUID.string("sundry-notice \(notice.leaseSerial.value) \(notice.api.value) \(notice.source.sha256) \(bundle.paddedSequence)"), children: children)
    }

    static func findingsReport(_ bundle: FilingBundle) -> XMLElement {
        var children = [
            citation(title: "Pushback findings for lease \(bundle.leaseSerial) as of \(bundle.asOf)", originator: bundle.organization, creation: bundle.asOf),
            XMLElement("Aliases", children: [.element(alias(bundle.leaseSerial, authority: "BLM", kind: "lease serial"))]),
            XMLElement("Run", attributes: [("id", bundle.runID), ("asOf", bundle.asOf)] + (bundle.ruleBundle.map { [("ruleBundle", $0)] } ?? [])),
            text("Scope", "\(bundle.findings.count) finding(s) of run \(bundle.runID) concern lease \(bundle.leaseSerial) or its well(s) "
                + bundle.wells.map { (try? APIWellNumber.parse($0.api))?.formatted ?? $0.api }.joined(separator: ", ") + ". "
                + "Rules that read registries (setbacks, idle-well deadlines) check only wells the run's registries list; an empty list of findings is not an all-clear."),
        ]
        for reported in bundle.findings {
            let finding = reported.finding
            var parts: [XMLElement] = [
                text("Rule", finding.ruleID), text("Title", finding.title),
                XMLElement("Subject", attributes: [("type", finding.subject.type), ("id", finding.subject.id)]),
                text("Message", finding.message), text("Remediation", finding.remediation),
                XMLElement("RuleCitation", children: [.element(text("Text", finding.citation.text)), .element(text("Url", finding.citation.url))]),
            ]
            parts += finding.comparedValues.map { value in
                XMLElement("Compared", attributes: [("name", clean(value.name)), ("actual", clean(value.actual))]
                    + (value.limit.map { [("limit", clean($0))] } ?? []) + (value.comparison.map { [("comparison", clean($0))] } ?? []))
            }
            if let due = finding.due { parts.append(text("Due", due)) }
            parts += finding.evidence.map { evidence($0) }
            children.append(XMLElement("Finding", attributes: [
                ("fingerprint", finding.fingerprint ?? "\(finding.ruleID) \(finding.subject.id)"), ("ruleVersion", "\(finding.ruleVersion)"), ("kind", finding.kind.rawValue),
                ("severity", finding.severity.rawValue), ("basis", finding.basis), ("baseline", reported.baseline.rawValue),
            ], children: parts.map(XMLElement.Child.element)))
        }
        return root("FindingsReport", uuid: NameBasedUUID.string("findings-report \(bundle.leaseSerial) \(bundle.runID) \(bundle.paddedSequence)"), children: children)
    }

    static func wellStatusReport(_ well: FilingBundle.WellRecord, bundle: FilingBundle) -> XMLElement {
        let dashed = (try? APIWellNumber.parse(well.api))?.formatted ?? well.api
        let deadlines = (bundle.findingsByWell[well.api] ?? []).filter { $0.due != nil }
        func entries(_ name: String, _ items: [FilingBundle.WellRecord.Entry], label: String) -> XMLElement {
            XMLElement(name, children: items.map { item in
                .element(XMLElement(label, attributes: item.date.isEmpty ? [] : [("date", item.date)], children: [.element(text(label == "Entry" ? "Status" : "Kind", item.text)), .element(evidence(item.evidence, name: "Source"))]))
            })
        }
        return root("WellStatusReport", uuid: NameBasedUUID.string("well-status-report \(well.api) \(bundle.runID) \(bundle.paddedSequence)"), children: [
            citation(title: "Status of \(well.name) (\(dashed)) as of \(bundle.asOf)", originator: bundle.organization, creation: bundle.asOf),
            aliases(api: well.api, lease: bundle.leaseSerial, unit: nil),
            text("ApiNumber", dashed), text("WellNameAndNumber", well.name),
            entries("StatusHistory", well.statusHistory, label: "Entry"),
            entries("TestsOnFile", well.tests, label: "Test"),
            XMLElement("Deadlines", children: deadlines.map { finding in
                .element(XMLElement("Deadline", attributes: [("due", finding.due!), ("finding", finding.fingerprint ?? finding.ruleID)],
                                    children: [.element(text("Title", finding.title)), .element(text("Rule", "\(finding.ruleID) v\(finding.ruleVersion)"))]))
            }),
        ])
    }

    // MARK: - Envelope and manifest

    static func header(_ bundle: FilingBundle, warnings: [BusinessRule.Violation]) -> XMLElement {
        var children: [XMLElement] = [
            text("DocumentId", bundle.submissionID), text("Author", bundle.author), text("Organization", bundle.organization),
            text("DataFlow", "PUSHBACK_FEDERAL_FILING_2026"), text("CreationTime", "\(bundle.asOf)T00:00:00Z"),
            text("Operation", bundle.correction.rawValue), text("Sequence", bundle.paddedSequence),
        ]
        if let amends = bundle.amends { children.append(text("Amends", amends)) }
        children.append(XMLElement("Subject", children: [.element(alias(bundle.leaseSerial, authority: "BLM", kind: "lease serial"))]))
        children.append(text("Notice", notice))
        children += warnings.map { XMLElement("BusinessRuleWarning", attributes: [("rule", $0.rule)], text: $0.message) }
        return XMLElement("Header", attributes: [("xmlns", namespace), ("schemaVersion", schemaVersion)], children: children.map(XMLElement.Child.element))
    }

    static func manifest(_ parts: [PackagePart], bundle: FilingBundle) -> XMLElement {
        XMLElement("Manifest", attributes: [("xmlns", namespace), ("submissionId", bundle.submissionID), ("sequence", bundle.paddedSequence), ("schemaVersion", schemaVersion)],
                   children: parts.map { part in
            .element(XMLElement("Part", attributes: [
                ("name", part.name), ("contentType", part.contentType), ("role", part.role.rawValue), ("sha256", part.sha256),
                ("checksumType", "SHA-256"), ("size", "\(part.data.count)"), ("operation", part.operation),
            ]))
        })
    }

    // MARK: - Open Packaging Conventions

    static func contentTypes(_ parts: [PackagePart]) -> XMLElement {
        let defaults = [("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml")]
        let overrides = parts.filter { part in !defaults.contains { part.name.hasSuffix(".\($0.0)") && part.contentType == $0.1 } }
        return XMLElement("Types", attributes: [("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")], children:
            defaults.map { .element(XMLElement("Default", attributes: [("Extension", $0.0), ("ContentType", $0.1)])) }
            + overrides.map { .element(XMLElement("Override", attributes: [("PartName", "/" + $0.name), ("ContentType", $0.contentType)])) })
    }

    static func relationships(_ bundle: FilingBundle) -> XMLElement {
        let targets = [("core", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
                       ("header", "urn:pushback:filing:2026:relationships/header", "header.xml"),
                       ("manifest", "urn:pushback:filing:2026:relationships/manifest", "manifest.xml")]
        return XMLElement("Relationships", attributes: [("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")], children: targets.map { target in
            .element(XMLElement("Relationship", attributes: [("Id", target.0), ("Type", target.1), ("Target", "/" + target.2)]))
        })
    }

    static func coreProperties(_ bundle: FilingBundle) -> XMLElement {
        XMLElement("cp:coreProperties", attributes: [
            ("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"), ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:dcterms", "http://purl.org/dc/terms/"), ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ], children: [
            .element(XMLElement("dc:identifier", text: bundle.submissionID)),
            .element(XMLElement("dc:title", text: "Filing bundle for lease \(bundle.leaseSerial), submission \(bundle.paddedSequence)")),
            .element(XMLElement("dc:creator", text: bundle.author)),
            .element(XMLElement("dcterms:created", attributes: [("xsi:type", "dcterms:W3CDTF")], text: "\(bundle.asOf)T00:00:00Z")),
            .element(XMLElement("cp:version", text: bundle.paddedSequence)),
        ])
    }

    // MARK: - Pieces

    private static func root(_ name: String, uuid: String, children: [XMLElement]) -> XMLElement {
        XMLElement(name, attributes: [("xmlns", namespace), ("uuid", uuid), ("schemaVersion", schemaVersion)], children: children.map(XMLElement.Child.element))
    }

    private static func citation(title: String, originator: String, creation: String) -> XMLElement {
        XMLElement("Citation", children: [text("Title", title), text("Originator", originator), text("Creation", "\(creation)T00:00:00Z"), text("Format", format)]
            .map(XMLElement.Child.element))
    }

    private static func aliases(api: String, lease: String, unit: String?) -> XMLElement {
        let dashed = (try? APIWellNumber.parse(api))?.formatted ?? api
        var list = [alias(dashed, authority: "API (state regulator)", kind: "API well number"), alias(lease, authority: "BLM", kind: "lease serial")]
        if let unit { list.append(alias(unit, authority: "BLM", kind: "unit or communitization agreement")) }
        return XMLElement("Aliases", children: list.map(XMLElement.Child.element))
    }

    private static func alias(_ value: String, authority: String, kind: String) -> XMLElement {
        XMLElement("Alias", attributes: [("authority", authority), ("identifierKind", kind)], text: value)
    }

    private static func plss(_ call: SundryNotice.PLSS) -> XMLElement {
        var children: [XMLElement] = []
        if let aliquots = call.aliquots { children.append(text("Aliquots", aliquots)) }
        if let lot = call.lot { children.append(text("Lot", "\(lot)")) }
        children += [text("Section", "\(call.section)"), text("Township", call.township), text("Range", call.range), text("Meridian", call.meridian)]
        if let footage = call.footage { children.append(text("Footage", footage)) }
        return XMLElement("PLSS", children: children.map(XMLElement.Child.element))
    }

    private static func evidence(_ evidence: Evidence, name: String = "Evidence") -> XMLElement {
        var attributes = [("sha256", evidence.source.sha256), ("path", evidence.source.path)]
        if let page = evidence.page, page > 0 { attributes.append(("page", "\(page)")) }
        if let line = evidence.line, line > 0 { attributes.append(("line", "\(line)")) }
        if let field = evidence.field, !field.isEmpty { attributes.append(("field", field)) }
        return XMLElement(name, attributes: attributes, text: clean(evidence.quote))
    }

    private static func document(_ name: String, _ source: SourceReference, quote: String) -> XMLElement {
        XMLElement(name, attributes: [("sha256", source.sha256), ("path", source.path)], text: quote)
    }

    private static func text(_ name: String, _ value: String) -> XMLElement { XMLElement(name, text: clean(value)) }

    /// The text with the characters XML 1.0 cannot hold (C0 controls but tab, newline and
    /// return; unpaired surrogates cannot occur in Swift strings) replaced by spaces.
    static func clean(_ value: String) -> String {
        func allowed(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value >= 0x20 || scalar == "\t" || scalar == "\n" || scalar == "\r") && scalar.value != 0xFFFE && scalar.value != 0xFFFF
        }
        guard !value.unicodeScalars.allSatisfy(allowed) else { return value }
        var scalars = String.UnicodeScalarView()
        for scalar in value.unicodeScalars { scalars.append(allowed(scalar) ? scalar : " ") }
        return String(scalars)
    }

    private static func optional(_ name: String, _ value: StatedValue?) -> [XMLElement] { value.map { [text(name, $0.value)] } ?? [] }
}
