import ArgumentParser
import CacheRules
import Foundation

/// `elasticache-check`: the pre-deploy rules for any CloudFormation template or cloud assembly.
@main
struct ElastiCacheCheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "elasticache-check",
    abstract: "Check CloudFormation templates and cloud assemblies against the ElastiCache rules EC1–EC18.",
    discussion: """
      Each PATH is a template (JSON, or YAML with short-form tags such as !Ref and !GetAtt), a cloud assembly \
      directory (its manifest.json names every stack, with nested assemblies), or a directory of templates. \
      Templates given together resolve each other's exports, users, user groups and security groups.

      Exit status: 0 when no finding of severity error remains, 1 when one does, 2 when a path or the rules \
      file cannot be read (what could be read is still checked), 64 for a usage error.

      Examples:
        elasticache-check cdk.out
        elasticache-check --format sarif cdk.out > elasticache.sarif
        elasticache-check --rules rules.yaml template.yaml network.yaml
        elasticache-check --list-rules > Rules.md
      """
  )

  @Option(name: .shortAndLong, help: "How to print findings: text, json or sarif.", transform: ReportFormat.parse)
  var format: ReportFormat = .text

  @Option(name: .shortAndLong, help: "A rules file (YAML or JSON): severities, thresholds and suppressions.")
  var rules: String?

  @Flag(help: "Print the rule catalog as Markdown and exit.")
  var listRules = false

  @Argument(help: "Templates, cloud assembly directories or directories of templates.")
  var paths: [String] = []

  func validate() throws {
    if !listRules && paths.isEmpty { throw ValidationError("Give at least one template or cloud assembly directory.") }
  }

  func run() throws {
    if listRules {
      print(RuleCatalog.markdown)
      return
    }
    let (sets, errors) = InputLoader.load(paths: paths)
    let run = CheckRun(sets: sets, inputErrors: errors, rulesFile: rules, format: format)
    if !run.output.isEmpty { print(run.output) }
    for message in run.messages { FileHandle.standardError.write(Data((message + "\n").utf8)) }
    if run.status != .passed { throw ExitCode(run.status.rawValue) }
  }
}
