public import CloudFormationModel

/// One CloudFormation template to check, with what is known about where it comes from.
public struct TemplateSource: Sendable {
  /// How findings name the template: its file path, or its file name in a cloud assembly.
  public var name: String
  /// The template.
  public var template: TemplateValue
  /// The construct path of each resource, by logical id, when a cloud assembly's metadata tells it
  /// (resources whose `Metadata` holds `aws:cdk:path` need no entry).
  public var constructPaths: [String: String]
  /// The stack's name, when known: resolves `AWS::StackName`.
  public var stackName: String?
  /// Tags CloudFormation applies to every resource of the stack (a cloud assembly's stack tags).
  public var stackTags: [String: String]
  /// The line of each resource in the template's text, by logical id, for reports that point at lines.
  public var resourceLines: [String: Int]

  /// A template named `name`.
  public init(
    name: String, template: TemplateValue, constructPaths: [String: String] = [:], stackName: String? = nil,
    stackTags: [String: String] = [:], resourceLines: [String: Int] = [:]
  ) {
    self.name = name
    self.template = template
    self.constructPaths = constructPaths
    self.stackName = stackName
    self.stackTags = stackTags
    self.resourceLines = resourceLines
  }
}

/// Templates checked together: the stacks of one cloud assembly, or the template files given together.
/// `Fn::ImportValue` finds the exports of the set, and users, user groups, caches and security groups
/// refer to each other across its templates.
public struct TemplateSet: Sendable {
  /// The templates.
  public var templates: [TemplateSource]

  /// A set of `templates`.
  public init(_ templates: [TemplateSource]) { self.templates = templates }
}
