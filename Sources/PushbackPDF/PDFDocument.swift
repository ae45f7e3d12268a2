import CPoppler
import Foundation

/// A PDF opened with poppler-glib: page text, AcroForm fields, and filling a copy's fields.
///
/// Owns the `PopplerDocument` and unrefs it in `deinit`. poppler documents are not thread-safe,
/// so this class is not `Sendable`: open one per task.
public final class PDFDocument {
    /// The path the document was opened from (for error messages and evidence).
    public let path: String
    private let document: OpaquePointer

    /// Opens the PDF at `path`. A corrupt, truncated, encrypted or missing file throws a
    /// `PDFError` naming the file; it never crashes.
    public init(path: String, password: String? = nil) throws(PDFError) {
        self.path = path
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw PDFError(code: .cannotOpen, path: path, message: "file does not exist or is not readable")
        }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let uri: String = try callReportingGError(path: path, fallback: .cannotOpen) { error in
            takeGString(g_filename_to_uri(absolute, nil, error))
        }
        let document: OpaquePointer = try callReportingGError(path: path, fallback: .invalid) { error in
            poppler_document_new_from_file(uri, password, error)
        }
        self.document = document
    }

    deinit {
        pushback_g_object_unref(UnsafeMutableRawPointer(document))
    }

    /// Number of pages.
    public var pageCount: Int { Int(poppler_document_get_n_pages(document)) }

    /// The text layer of page `number` (1-based) in reading order; empty for a scanned page.
    public func text(ofPage number: Int) throws(PDFError) -> String {
        try withPage(number) { page in takeGString(poppler_page_get_text(page)) ?? "" }
    }

    /// The text of every page, in page order, with 1-based page numbers.
    public func pageTexts() throws(PDFError) -> [(page: Int, text: String)] {
        var result: [(page: Int, text: String)] = []
        for number in stride(from: 1, through: pageCount, by: 1) {
            result.append((number, try text(ofPage: number)))
        }
        return result
    }

    /// Every AcroForm field on every page, in page order then field id.
    ///
    /// poppler-glib reads widget annotations even when the catalog has no `/AcroForm`
    /// dictionary (pdfinfo then says "Form: none").
    public func formFields() throws(PDFError) -> [PDFFormField] {
        var fields: [PDFFormField] = []
        for number in stride(from: 1, through: pageCount, by: 1) {
            let onPage = try withPage(number) { page in Self.fields(on: page, number: number) }
            fields.append(contentsOf: onPage.sorted { $0.id < $1.id })
        }
        return fields
    }

    /// Sets the text of the text field with poppler id `id` (in memory; `save(to:)` writes it).
    public func setText(_ text: String, forField id: Int) throws(PDFError) {
        try withField(id) { field throws(PDFError) in
            guard poppler_form_field_get_field_type(field) == POPPLER_FORM_FIELD_TEXT else {
                throw PDFError(code: .wrongFieldType, path: path, message: "field \(id) is not a text field")
            }
            poppler_form_field_text_set_text(field, text)
        }
    }

    /// Checks or unchecks the check box (or selects a radio button) with poppler id `id`.
    public func setChecked(_ isChecked: Bool, forField id: Int) throws(PDFError) {
        try withField(id) { field throws(PDFError) in
            guard poppler_form_field_get_field_type(field) == POPPLER_FORM_FIELD_BUTTON,
                  poppler_form_field_button_get_button_type(field) != POPPLER_FORM_BUTTON_PUSH
            else {
                throw PDFError(code: .wrongFieldType, path: path, message: "field \(id) is not a check box or radio button")
            }
            poppler_form_field_button_set_state(field, isChecked ? 1 : 0)
        }
    }

    /// Writes the document, with any field values set, to `destination`.
    public func save(to destination: String) throws(PDFError) {
        let absolute = URL(fileURLWithPath: destination).standardizedFileURL.path
        let uri: String = try callReportingGError(path: destination, fallback: .cannotSave) { error in
            takeGString(g_filename_to_uri(absolute, nil, error))
        }
        let saved: gboolean = try callReportingGError(path: destination, fallback: .cannotSave) { error in
            poppler_document_save(document, uri, error)
        }
        guard saved != 0 else {
            throw PDFError(code: .cannotSave, path: destination, message: "poppler could not save the document")
        }
    }

    // MARK: - Handles

    func withPage<T>(_ number: Int, _ body: (OpaquePointer) throws(PDFError) -> T) throws(PDFError) -> T {
        guard number >= 1, number <= pageCount,
              let page = poppler_document_get_page(document, Int32(number - 1))
        else {
            throw PDFError(code: .noSuchPage, path: path, page: number, message: "the document has \(pageCount) page(s)")
        }
        defer { pushback_g_object_unref(UnsafeMutableRawPointer(page)) }
        return try body(page)
    }

    private func withField(_ id: Int, _ body: (OpaquePointer) throws(PDFError) -> Void) throws(PDFError) {
        guard let field = poppler_document_get_form_field(document, Int32(id)) else {
            throw PDFError(code: .noSuchField, path: path, message: "no form field with id \(id)")
        }
        defer { pushback_g_object_unref(UnsafeMutableRawPointer(field)) }
        try body(field)
    }

    private static func fields(on page: OpaquePointer, number: Int) -> [PDFFormField] {
        guard let mapping = poppler_page_get_form_field_mapping(page) else { return [] }
        defer { poppler_page_free_form_field_mapping(mapping) }
        var fields: [PDFFormField] = []
        var node: UnsafeMutablePointer<GList>? = mapping
        while let current = node {
            if let data = current.pointee.data {
                let entry = data.assumingMemoryBound(to: PopplerFormFieldMapping.self).pointee
                if let field = entry.field {
                    fields.append(formField(field, page: number, area: entry.area))
                }
            }
            node = current.pointee.next
        }
        return fields
    }

    private static func formField(_ field: OpaquePointer, page: Int, area: PopplerRectangle) -> PDFFormField {
        let id = Int(poppler_form_field_get_id(field))
        let name = takeGString(poppler_form_field_get_name(field))
            ?? takeGString(poppler_form_field_get_partial_name(field))
            ?? "field-\(id)"
        return PDFFormField(
            id: id,
            name: name,
            page: page,
            rectangle: PDFRectangle(x1: area.x1, y1: area.y1, x2: area.x2, y2: area.y2),
            value: value(of: field),
            isReadOnly: poppler_form_field_is_read_only(field) != 0
        )
    }

    private static func value(of field: OpaquePointer) -> PDFFormField.Value {
        switch poppler_form_field_get_field_type(field) {
        case POPPLER_FORM_FIELD_TEXT:
            return .text(takeGString(poppler_form_field_text_get_text(field)) ?? "")
        case POPPLER_FORM_FIELD_BUTTON:
            let isOn = poppler_form_field_button_get_state(field) != 0
            switch poppler_form_field_button_get_button_type(field) {
            case POPPLER_FORM_BUTTON_CHECK: return .checkBox(isChecked: isOn)
            case POPPLER_FORM_BUTTON_RADIO: return .radioButton(isSelected: isOn)
            default: return .pushButton
            }
        case POPPLER_FORM_FIELD_CHOICE:
            let count = poppler_form_field_choice_get_n_items(field)
            var selected: [String] = []
            for index in 0..<count where poppler_form_field_choice_is_item_selected(field, index) != 0 {
                selected.append(takeGString(poppler_form_field_choice_get_item(field, index)) ?? "")
            }
            return .choice(selected: selected)
        case POPPLER_FORM_FIELD_SIGNATURE:
            return .signature
        default:
            return .unknown
        }
    }
}
