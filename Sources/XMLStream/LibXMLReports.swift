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

    /// Installs this thread's handlers again, after a caller replaced the structured one for a while
    /// (`XMLStreamWriter` does around each call).
    static func install() {
        let reports = current()
        pthread_setspecific(installedKey, UnsafeRawPointer(bitPattern: 1))
        clibxml2_discard_generic_errors()
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(reports).toOpaque()) { context, error in
            guard let context, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let reports = Unmanaged<ThreadReports>.fromOpaque(context).takeUnretainedValue()
            guard reports.first == nil else { return }
            let text = error.pointee.message.map { String(cString: $0) } ?? ""
            reports.first = LibXMLReport(message: text.trimmingCharacters(in: .whitespacesAndNewlines),
                                         domain: Int(error.pointee.domain))
        }
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
        if let stored = pthread_getspecific(threadKey) {
            return Unmanaged<ThreadReports>.fromOpaque(stored).takeUnretainedValue()
        }
        let reports = ThreadReports()
        pthread_setspecific(threadKey, Unmanaged.passRetained(reports).toOpaque())
        return reports
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
