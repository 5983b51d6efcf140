import ArgumentParser
import Constructs

/// `validate`: lists every problem in the app without writing anything.
struct ValidateCommand: AppSubcommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "List every error and warning in the app without writing anything; exit 1 when there are errors.",
    discussion: """
      Example:
        swift run my-app validate
      """
  )

  func execute(on app: App, console: Console) -> Int32 {
    do {
      let assembly = try app.synthesize()
      for warning in assembly.warnings { console.messages(warning.description) }
      console.output("No errors in \(assembly.stacks.count) stacks (\(assembly.warnings.count) warnings).")
      return 0
    } catch {
      console.output(error.description)
      return 1
    }
  }
}
