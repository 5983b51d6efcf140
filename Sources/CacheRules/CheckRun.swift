/// One run of the checks as a command line does it (`elasticache-check`, `my-app check`): reads the rules file,
/// checks the sets, renders the report, and decides the exit status.
public struct CheckRun: Sendable {
  /// The exit statuses of a check.
  public enum ExitStatus: Int32, Sendable {
    /// Nothing of severity error remains (warnings and information may).
    case passed = 0
    /// A finding of severity error remains.
    case errorsFound = 1
    /// An input or the rules file could not be read; what could be read was checked.
    case unreadableInput = 2
  }

  /// The report, for standard output.
  public let output: String
  /// Messages about inputs, for standard error.
  public let messages: [String]
  /// The exit status.
  public let status: ExitStatus
  /// The report itself, when the rules file could be read.
  public let report: CheckReport?

  /// Checks `sets` with the rules file at `rulesFile` (if any) and renders the findings in `format`;
  /// `inputErrors` are the paths that could not be read.
  public init(sets: [TemplateSet], inputErrors: [InputError] = [], rulesFile: String? = nil, format: ReportFormat) {
    var configuration = RuleConfiguration()
    if let rulesFile {
      do {
        configuration = try RuleConfiguration.load(path: rulesFile)
      } catch {
        output = ""
        messages = [error.description]
        status = .unreadableInput
        report = nil
        return
      }
    }
    let report = RuleEngine(configuration: configuration).check(sets)
    self.report = report
    output = format.render(report)
    messages = inputErrors.map(\.description)
    if !inputErrors.isEmpty {
      status = .unreadableInput
    } else {
      status = report.hasErrors ? .errorsFound : .passed
    }
  }
}
