/// One AcroForm field as poppler reads it, with its current value.
public struct PDFFormField: Sendable, Equatable {
    /// The field's type and value.
    public enum Value: Sendable, Equatable {
        case text(String)
        case checkBox(isChecked: Bool)
        case radioButton(isSelected: Bool)
        case pushButton
        case choice(selected: [String])
        case signature
        case unknown
    }

    /// poppler's numeric field id, stable for a given document.
    public var id: Int
    /// Fully qualified field name, e.g. `Text_12` or `form1.lease.serial`.
    public var name: String
    /// 1-based page the widget sits on.
    public var page: Int
    /// Widget rectangle in PDF points, origin at the bottom-left of the page.
    public var rectangle: PDFRectangle
    public var value: Value
    public var isReadOnly: Bool

    public init(id: Int, name: String, page: Int, rectangle: PDFRectangle, value: Value, isReadOnly: Bool) {
        self.id = id
        self.name = name
        self.page = page
        self.rectangle = rectangle
        self.value = value
        self.isReadOnly = isReadOnly
    }

    /// The value as text, for evidence: the text, "checked"/"unchecked", the choices.
    public var displayValue: String {
        switch value {
        case .text(let text): text
        case .checkBox(let isChecked): isChecked ? "checked" : "unchecked"
        case .radioButton(let isSelected): isSelected ? "selected" : "not selected"
        case .pushButton: ""
        case .choice(let selected): selected.joined(separator: "; ")
        case .signature: "(signature field)"
        case .unknown: ""
        }
    }
}

/// A rectangle in PDF user-space points.
public struct PDFRectangle: Sendable, Equatable {
    public var x1: Double
    public var y1: Double
    public var x2: Double
    public var y2: Double

    public init(x1: Double, y1: Double, x2: Double, y2: Double) {
        self.x1 = x1
        self.y1 = y1
        self.x2 = x2
        self.y2 = y2
    }
}
