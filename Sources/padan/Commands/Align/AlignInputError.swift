import TextIO

/// A problem with the input of `padan align` that the libraries do not report themselves:
/// an empty side, a batch folder without pairs, a bad dictionary line.
struct AlignInputError: UserFacingError {
    var category: FailureCategory
    var message: String
    var description: String { message }
}
