/// A problem found while building networking constructs, recorded on the construct by its initializer.
struct EC2Error: Error {
  let code: String
  let message: String
}
