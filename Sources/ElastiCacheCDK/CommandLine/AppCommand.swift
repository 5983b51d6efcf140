import ArgumentParser
import Constructs
import Foundation

/// The command line of an app built with this toolkit: what `App.main()` parses.
struct AppCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "app",
    abstract: "Synthesizes the app's stacks into a cloud assembly that the AWS CDK CLI deploys.",
    discussion: """
      Without a subcommand, the app synthesizes into CDK_OUTDIR (or cdk.out): this is how the
      AWS CDK CLI runs it (cdk.json: { "app": "swift run <executable>" }).

      Examples:
        swift run my-app                                  # write cdk.out
        swift run my-app synth --output build/cdk.out      # write elsewhere
        swift run my-app synth --stack CacheStack --format yaml
        swift run my-app validate                          # list every problem, exit 1 if any
        swift run my-app doctor                            # the shared-cache migration checklist
        swift run my-app check                             # the pre-deploy rules EC1–EC18, exit 1 on errors
        cdk deploy --app "swift run my-app"                # deploy with the AWS CDK CLI
      """,
    subcommands: [SynthCommand.self, ValidateCommand.self, DoctorCommand.self, CheckCommand.self]
  )
}

/// A subcommand that acts on the user's app.
protocol AppSubcommand: ParsableCommand {
  /// Runs the subcommand; returns the process exit code.
  func execute(on app: App, console: Console) -> Int32
}

extension App {
  /// Runs the app's command line: synthesizes (no arguments, as the AWS CDK CLI calls it),
  /// `synth`, `validate` or `--help`, then exits with the command's status.
  public func main() -> Never {
    let status = runCommand(Array(CommandLine.arguments.dropFirst()), console: .standard)
    exit(status)
  }

  /// Runs one command line against the app and returns the exit code.
  package func runCommand(_ arguments: [String], console: Console) -> Int32 {
    do {
      var command = try AppCommand.parseAsRoot(arguments)
      switch command {
      case let subcommand as any AppSubcommand:
        return subcommand.execute(on: self, console: console)
      case is AppCommand:
        return try SynthCommand.parse([]).execute(on: self, console: console)
      default:
        // `--help`, `help <command>`: the parser's own commands finish by throwing a clean exit.
        try command.run()
        return 0
      }
    } catch {
      let message = AppCommand.fullMessage(for: error)
      let code = AppCommand.exitCode(for: error).rawValue
      if code == 0 { console.output(message) } else { console.messages(message) }
      return code
    }
  }
}
