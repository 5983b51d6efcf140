import Foundation

/// Where the command line writes: standard output for results, standard error for messages.
package struct Console {
  package var output: (String) -> Void
  package var messages: (String) -> Void

  /// The process's standard output and standard error.
  package static var standard: Console {
    Console(
      output: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
      messages: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    )
  }

  package init(output: @escaping (String) -> Void, messages: @escaping (String) -> Void) {
    self.output = output
    self.messages = messages
  }
}
