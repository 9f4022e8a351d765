internal import CLibXML2
import Foundation

/// What libxml2 reported outside a parser context: an encoding conversion that failed
/// ("input conversion failed due to input error, bytes 0xFF 0xFE …"), an I/O error.
struct LibXMLReport: Hashable {
    var message: String
    /// libxml2's `xmlErrorDomain` (`XML_FROM_I18N` for an encoding conversion).
    var domain: Int
}

/// Keeps libxml2's own reports off standard error. libxml2 prints an error that no parser
/// context owns (encoding conversions, I/O) through its process-wide handlers, which it keeps per
/// thread; a library must not print, so each thread that reads XML gets handlers that keep the
/// first such report for the reader to put into its own error (`take()`), and drop the generic
/// messages, which say nothing the reader's error does not.
enum LibXMLReports {
    /// Installs this thread's handlers unless they are already there: one thread-local lookup,
    /// no reference counting (`XMLPullReader.read()` calls it for every node).
    static func keepOnThisThread() {
        if pthread_getspecific(installedKey) == nil { install() }
    }

    /// Installs this thread's handlers: the generic one that drops, the structured one that keeps.
    static func install() {
        pthread_setspecific(installedKey, UnsafeRawPointer(bitPattern: 1))
        clibxml2_discard_generic_errors()
        restoreStructuredHandler()
    }

    /// Puts this thread's structured handler back after a caller replaced it for one call
    /// (`XMLStreamWriter` does around each call, to hear of its own I/O errors).
    static func restoreStructuredHandler() {
        xmlSetStructuredErrorFunc(recordPointer(), keepFirstReport)
    }

    /// Keeps the first error-level report in the thread's record (the context).
    private static let keepFirstReport: xmlStructuredErrorFunc = { context, error in
        guard let context, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let reports = Unmanaged<ThreadReports>.fromOpaque(context).takeUnretainedValue()
        guard reports.first == nil else { return }
        let text = error.pointee.message.map { String(cString: $0) } ?? ""
        reports.first = LibXMLReport(message: text.trimmingCharacters(in: .whitespacesAndNewlines),
                                     domain: Int(error.pointee.domain))
    }

    /// Forgets what this thread kept, so that a reader starting now sees only its own reports.
    static func discard() {
        current().first = nil
    }

    /// The first report kept on this thread since the last `take()` or `discard()`, forgotten.
    static func take() -> LibXMLReport? {
        let reports = current()
        defer { reports.first = nil }
        return reports.first
    }

    /// This thread's record, created on first use and released when the thread ends.
    private static func current() -> ThreadReports {
        Unmanaged<ThreadReports>.fromOpaque(recordPointer()).takeUnretainedValue()
    }

    /// This thread's record as the context libxml2 hands back, without reference counting.
    private static func recordPointer() -> UnsafeMutableRawPointer {
        if let stored = pthread_getspecific(threadKey) { return stored }
        let stored = Unmanaged.passRetained(ThreadReports()).toOpaque()
        pthread_setspecific(threadKey, stored)
        return stored
    }

    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { stored in
            if let stored { Unmanaged<ThreadReports>.fromOpaque(stored).release() }
        }
        return key
    }()

    /// Set (to a non-nil marker) on a thread once its handlers are installed.
    private static let installedKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()
}

/// One thread's first libxml2 report.
private final class ThreadReports {
    var first: LibXMLReport?
}
