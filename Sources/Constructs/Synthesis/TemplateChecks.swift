import CloudFormationModel
import Diagnostics

/// Checks of what synthesis renders that no single construct can make: CloudFormation's limits on a template,
/// valid logical ids, and the text of deploy-time values turned into plain `String`s wherever it can land.
enum TemplateChecks {
  /// The problems of one element's rendered entry: its logical id, literal values its resource schema does not
  /// allow, malformed dynamic references, and stringified tokens in any of its values or keys (except its
  /// `aws:cdk:path`, which repeats construct ids, checked apart).
  static func problems(of element: CfnElement, entry: TemplateValue) -> [Problem] {
    var problems: [Problem] = []
    if let problem = logicalIDProblem(element) { problems.append(problem) }
    if let resource = element as? CfnResource { problems += resource.literalValueProblems(in: entry) }
    var scanned = entry
    if var object = entry.objectValue, var metadata = object["Metadata"]?.objectValue, metadata["aws:cdk:path"] != nil {
      metadata["aws:cdk:path"] = nil
      object["Metadata"] = .object(metadata)
      scanned = .object(object)
    }
    var stringified: [String] = []
    scanned.forEachTextWithBraces { text, isKey in
      StringifiedTokens.note(text, in: &stringified)
      if !isKey { problems += DynamicReferences.problems(in: text) }
    }
    return problems + stringified.map { StringifiedTokens.problem($0) }
  }

  /// The problems of a stack's whole template: its size (of its text, in bytes) and counts against
  /// ``CloudFormationLimits``, and stringified tokens in its description, transforms and tags.
  static func problems(of stack: Stack, template: TemplateValue, size: Int) -> [Problem] {
    var problems: [Problem] = []
    let counts: [(section: String, limit: Int, code: ProblemCode, noun: String)] = [
      ("Resources", CloudFormationLimits.resourcesPerTemplate, .tooManyResources, "resources"),
      ("Outputs", CloudFormationLimits.outputsPerTemplate, .tooManyOutputs, "outputs"),
      ("Parameters", CloudFormationLimits.parametersPerTemplate, .tooManyParameters, "parameters"),
      ("Mappings", CloudFormationLimits.mappingsPerTemplate, .tooManyMappings, "mappings"),
    ]
    for (section, limit, code, noun) in counts {
      let count = template[section]?.objectValue?.count ?? 0
      guard count > limit else { continue }
      problems.append(
        Problem(
          code,
          "The template of stack '\(stack.stackName)' has \(count) \(noun); CloudFormation allows at most \(limit).",
          fix: "Move some of them into another stack."))
    }
    if size > CloudFormationLimits.templateBodyBytes {
      problems.append(
        Problem(
          .templateTooLarge,
          "The template of stack '\(stack.stackName)' has \(size) bytes; CloudFormation accepts at most "
            + "\(CloudFormationLimits.templateBodyBytes) bytes.",
          fix: "Move some resources into another stack, or shorten long values such as policies and inline code."))
    }
    let places: [(value: TemplateValue?, location: String)] = [
      (template["Description"], "the stack's description"), (template["Transform"], "the template's transforms"),
      (.array(stack.tags.sortedTagValues.map { .array([.string($0.key), .string($0.value)]) }), "the stack's tags"),
    ]
    for (value, location) in places {
      guard let value else { continue }
      problems += StringifiedTokens.texts(in: value).map { StringifiedTokens.problem($0, in: location) }
    }
    return problems
  }

  /// The problems of a construct itself: stringified tokens in its id and its metadata.
  static func problems(of construct: Construct) -> [Problem] {
    var problems: [Problem] = []
    if construct.node.id.contains(StringifiedTokens.marker) {
      problems.append(StringifiedTokens.problem(construct.node.id, in: "the construct id"))
    }
    for entry in construct.node.metadata {
      let texts = StringifiedTokens.texts(in: .array([.string(entry.type), entry.data]))
      problems += texts.map { StringifiedTokens.problem($0, in: "the metadata entry '\(entry.type)'") }
    }
    return problems
  }

  /// A problem with the element's logical id: empty (an id without ASCII letters or digits), too long, or
  /// with characters CloudFormation does not allow.
  private static func logicalIDProblem(_ element: CfnElement) -> Problem? {
    let logicalID = element.logicalID
    let fix = "Give the construct an id with ASCII letters or digits, or set a logical id with overrideLogicalID(_:)."
    if logicalID.isEmpty {
      return Problem(
        .invalidLogicalID,
        "The logical id of \(element.node.path) is empty: logical ids are made of the ASCII letters and digits of "
          + "construct ids, and '\(element.node.id)' has none.",
        fix: fix)
    }
    if !logicalID.unicodeScalars.allSatisfy(\.isASCIIAlphanumeric) {
      return Problem(
        .invalidLogicalID,
        "The logical id '\(ConstraintChecker.truncated(logicalID))' of \(element.node.path) has characters other "
          + "than ASCII letters and digits, which CloudFormation does not allow.",
        fix: "Pass overrideLogicalID(_:) an id of ASCII letters and digits only.")
    }
    if logicalID.count > CloudFormationLimits.logicalIDLength {
      return Problem(
        .invalidLogicalID,
        "The logical id of \(element.node.path) has \(logicalID.count) characters; CloudFormation allows at most "
          + "\(CloudFormationLimits.logicalIDLength).",
        fix: "Pass overrideLogicalID(_:) a shorter id.")
    }
    return nil
  }
}
