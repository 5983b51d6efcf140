import CloudFormationModel
import Diagnostics

extension RuleConfiguration {
  /// The options each rule accepts besides `severity`.
  static let optionsByRule: [String: Set<String>] = [
    "EC4": ["minimumReplicas"], "EC5": ["minimumRetentionDays"], "EC16": ["requiredAlarms"],
    "EC17": ["requiredTags"], "EC18": ["referenceDate"],
  ]

  /// The rules file at `path`, in YAML or JSON.
  public static func load(path: String) throws(ConfigurationError) -> RuleConfiguration {
    let text: String
    do {
      text = try TemplateReader.readText(path)
    } catch {
      throw ConfigurationError(path: path, problems: [error.message])
    }
    return try parse(text, source: path)
  }

  /// The rules file `text` (YAML or JSON), named `source` in messages and findings.
  public static func parse(_ text: String, source: String) throws(ConfigurationError) -> RuleConfiguration {
    let value: TemplateValue
    if let json = try? TemplateValue(parsingJSON: text) {
      value = json
    } else {
      do {
        value = try YAMLTemplateReader.read(text).0
      } catch {
        throw ConfigurationError(path: source, problems: ["not valid YAML or JSON: \(error.message)"])
      }
    }
    var parser = ConfigurationParser()
    let configuration = parser.parse(value, source: source)
    guard parser.problems.isEmpty else { throw ConfigurationError(path: source, problems: parser.problems) }
    return configuration
  }
}

/// Reads a rules file's value, collecting every problem.
private struct ConfigurationParser {
  var problems: [String] = []

  mutating func parse(_ value: TemplateValue, source: String) -> RuleConfiguration {
    var configuration = RuleConfiguration()
    configuration.source = source
    guard let root = value.objectValue else {
      problems.append("the file must hold an object with 'rules' and 'suppressions'")
      return configuration
    }
    for member in root where !["rules", "suppressions"].contains(member.key) {
      problems.append("unknown key '\(member.key)': a rules file has 'rules' and 'suppressions'")
    }
    if let rules = root["rules"] {
      if let object = rules.objectValue {
        for member in object { parseRule(member.key, member.value, into: &configuration) }
      } else {
        problems.append("'rules' must map rule ids (EC1...) to settings")
      }
    }
    if let suppressions = root["suppressions"] {
      if let elements = suppressions.arrayValue {
        for (index, element) in elements.enumerated() {
          parseSuppression(element, at: index, into: &configuration)
        }
      } else {
        problems.append("'suppressions' must be a list")
      }
    }
    return configuration
  }

  private mutating func parseRule(_ id: String, _ value: TemplateValue, into configuration: inout RuleConfiguration) {
    guard let rule = RuleCatalog.description(of: id) else {
      problems.append("rules: '\(id)' is not a rule; the catalog has EC1 to EC18")
      return
    }
    let name = rule.id
    if let word = value.stringValue ?? value.boolValue.map({ $0 ? "on" : "off" }) {
      setSeverity(word, of: name, into: &configuration)
      return
    }
    guard let settings = value.objectValue else {
      problems.append("rules.\(name): give a severity (error, warning, info, off) or an object of settings")
      return
    }
    let allowed = (RuleConfiguration.optionsByRule[name] ?? []).union(["severity"])
    for member in settings {
      guard allowed.contains(member.key) else {
        problems.append(
          "rules.\(name): unknown setting '\(member.key)'; \(name) takes \(allowed.sorted().joined(separator: ", "))")
        continue
      }
      setOption(member.key, member.value, of: name, into: &configuration)
    }
  }

  private mutating func setSeverity(_ word: String, of rule: String, into configuration: inout RuleConfiguration) {
    switch word.lowercased() {
    case "off", "false": configuration.disabledRules.insert(rule)
    case "on", "true": configuration.disabledRules.remove(rule)
    default:
      guard let severity = Problem.Severity(rawValue: word.lowercased()) else {
        problems.append("rules.\(rule).severity: '\(word)' is not error, warning, info or off")
        return
      }
      configuration.severities[rule] = severity
    }
  }

  private mutating func setOption(
    _ key: String, _ value: TemplateValue, of rule: String, into configuration: inout RuleConfiguration
  ) {
    let path = "rules.\(rule).\(key)"
    switch key {
    case "severity":
      guard let word = value.stringValue ?? value.boolValue.map({ $0 ? "on" : "off" }) else {
        problems.append("\(path): give error, warning, info or off")
        return
      }
      setSeverity(word, of: rule, into: &configuration)
    case "minimumReplicas":
      guard let count = integer(value), (0...5).contains(count) else {
        problems.append("\(path): give a whole number from 0 to 5")
        return
      }
      configuration.options.minimumReplicas = count
    case "minimumRetentionDays":
      guard let days = integer(value), (0...35).contains(days) else {
        problems.append("\(path): give a whole number of days from 0 to 35")
        return
      }
      configuration.options.minimumRetentionDays = days
    case "requiredAlarms":
      let names = strings(value)
      let kinds = names?.compactMap { AlarmKind(rawValue: $0.lowercased()) }
      guard let names, let kinds, kinds.count == names.count else {
        problems.append("\(path): give a list of memory, evictions, cpu, connections")
        return
      }
      configuration.options.requiredAlarms = kinds
    case "requiredTags":
      guard let tags = strings(value) else {
        problems.append("\(path): give a list of tag keys")
        return
      }
      configuration.options.requiredTags = tags
    case "referenceDate":
      guard let date = value.stringValue, date.count == 10,
        date.enumerated().allSatisfy({ [4, 7].contains($0.offset) ? $0.element == "-" : $0.element.isNumber })
      else {
        problems.append("\(path): give a date as YYYY-MM-DD")
        return
      }
      configuration.options.referenceDate = date
    default: break
    }
  }

  private mutating func parseSuppression(
    _ value: TemplateValue, at index: Int, into configuration: inout RuleConfiguration
  ) {
    let path = "suppressions[\(index)]"
    guard let object = value.objectValue else {
      problems.append("\(path): give an object with rule, resource and reason")
      return
    }
    for member in object where !["rule", "id", "resource", "template", "reason"].contains(member.key) {
      problems.append("\(path): unknown key '\(member.key)'; a suppression has rule, resource, template and reason")
    }
    guard let id = (object["rule"] ?? object["id"])?.stringValue else {
      problems.append("\(path): 'rule' is missing: name the rule to suppress (EC1...)")
      return
    }
    guard let rule = RuleCatalog.description(of: id) else {
      problems.append("\(path): '\(id)' is not a rule; the catalog has EC1 to EC18")
      return
    }
    guard let resource = object["resource"]?.stringValue, !resource.isEmpty else {
      problems.append("\(path): 'resource' is missing: give a logical id or construct path ('*' for every resource)")
      return
    }
    if let template = object["template"], template.stringValue == nil {
      problems.append("\(path).template: give a template name")
    }
    configuration.suppressions.append(
      ConfiguredSuppression(
        rule: rule.id, resource: resource, template: object["template"]?.stringValue,
        reason: object["reason"]?.stringValue))
  }

  private func integer(_ value: TemplateValue) -> Int? {
    if let number = value.numberValue, number == number.rounded(), abs(number) < 1e9 { return Int(number) }
    return value.stringValue.flatMap { Int($0) }
  }

  private func strings(_ value: TemplateValue) -> [String]? {
    guard let elements = value.arrayValue, !elements.isEmpty else { return nil }
    let texts = elements.compactMap(\.stringValue)
    return texts.count == elements.count ? texts : nil
  }
}
