import ArgumentParser
import CacheRules
import Constructs

/// `check`: validates the app, then runs the pre-deploy rules EC1–EC18 on its synthesized stacks.
struct CheckCommand: AppSubcommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate the app and check its stacks against the ElastiCache rules EC1–EC18; exit 1 on errors.",
    discussion: """
      Synthesizes the app in memory (nothing is written), then runs the rules of `elasticache-check` on every \
      stack together. Suppress a finding in Swift with Rules.suppress(construct, "EC10", reason: "..."), or in \
      a rules file. Exit status: 0 when no error remains, 1 when the app has a validation error or a finding of \
      severity error remains, 2 when the rules file cannot be read.

      Examples:
        swift run my-app check
        swift run my-app check --format sarif > elasticache.sarif
        swift run my-app check --rules rules.yaml
      """
  )

  @Option(name: .shortAndLong, help: "How to print findings: text, json or sarif.", transform: ReportFormat.parse)
  var format: ReportFormat = .text

  @Option(name: .shortAndLong, help: "A rules file (YAML or JSON): severities, thresholds and suppressions.")
  var rules: String?

  func execute(on app: App, console: Console) -> Int32 {
    let assembly: CloudAssembly
    do {
      assembly = try app.synthesize()
    } catch {
      console.output(error.description)
      return 1
    }
    for warning in assembly.warnings { console.messages(warning.description) }
    let set: TemplateSet
    do {
      set = try CloudAssemblyReader.read(name: assembly.directory) { name in
        name == "manifest.json"
          ? assembly.manifest.jsonString(indent: 2) : assembly.files.first { $0.name == name }?.contents
      }
    } catch {
      console.messages(error.description)
      return CheckRun.ExitStatus.unreadableInput.rawValue
    }
    let run = CheckRun(sets: [set], rulesFile: rules, format: format)
    if !run.output.isEmpty { console.output(run.output) }
    for message in run.messages { console.messages(message) }
    return run.status.rawValue
  }

}
