import CPoppler

/// Runs a GLib call that reports failure through a `GError**`, turning the error into a
/// `PDFError` and freeing it. The one place GErrors are read.
func callReportingGError<T>(
    path: String,
    fallback: PDFError.Code,
    _ body: (UnsafeMutablePointer<UnsafeMutablePointer<GError>?>) -> T?
) throws(PDFError) -> T {
    var error: UnsafeMutablePointer<GError>?
    let result = body(&error)
    if let error {
        defer { g_error_free(error) }
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        throw PDFError(code: code(for: error.pointee), path: path, message: message)
    }
    guard let result else {
        throw PDFError(code: fallback, path: path, message: "poppler returned nothing and no error")
    }
    return result
}

private func code(for error: GError) -> PDFError.Code {
    guard error.domain == poppler_error_quark() else { return .cannotOpen }
    switch PopplerError(rawValue: UInt32(bitPattern: error.code)) {
    case POPPLER_ERROR_ENCRYPTED: return .encrypted
    case POPPLER_ERROR_DAMAGED, POPPLER_ERROR_BAD_CATALOG: return .damaged
    case POPPLER_ERROR_OPEN_FILE: return .cannotOpen
    default: return .invalid
    }
}

/// Takes ownership of a caller-owned `gchar*` and returns it as a Swift string.
func takeGString(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
    guard let pointer else { return nil }
    defer { pushback_g_free(pointer) }
    return String(cString: pointer)
}
