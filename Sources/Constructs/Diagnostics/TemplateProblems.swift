public import Diagnostics

/// The problems synthesis finds in the templates themselves: literal values that the resource schemas do not
/// allow, names that must be unique in an account, CloudFormation's template limits, deploy-time values turned
/// into plain text, and trees too deep to synthesize.
public enum TemplateProblems: ProblemCatalog {
  public static let codes: [ProblemCode] = [
    .propertyValueNotAllowed, .propertyPatternMismatch, .propertyLengthOutOfRange, .propertyValueOutOfRange,
    .propertyItemCountOutOfRange, .propertyItemsNotUnique, .propertyTypeMismatch, .requiredPropertyMissing,
    .unknownProperty, .duplicatePhysicalName, .tooManyResources, .tooManyOutputs, .tooManyParameters,
    .tooManyMappings, .templateTooLarge, .invalidLogicalID, .stringifiedToken, .invalidDynamicReference,
    .constructTreeTooDeep,
  ]
}

extension ProblemCode {
  private static func template(_ name: String, _ summary: String, severity: Problem.Severity = .error) -> ProblemCode {
    ProblemCode(name, module: "Constructs", severity: severity, summary: summary)
  }

  /// A property has a value its resource schema does not list (`enum`).
  public static let propertyValueNotAllowed = template(
    "PropertyValueNotAllowed", "A resource property has a value that its resource schema does not allow.")
  /// A string property does not match its schema's pattern.
  public static let propertyPatternMismatch = template(
    "PropertyPatternMismatch", "A resource property does not match the pattern of its resource schema.")
  /// A string property is shorter or longer than its schema allows.
  public static let propertyLengthOutOfRange = template(
    "PropertyLengthOutOfRange", "A resource property is shorter or longer than its resource schema allows.")
  /// A number property is below the minimum or above the maximum of its schema.
  public static let propertyValueOutOfRange = template(
    "PropertyValueOutOfRange", "A resource property is a number outside the range of its resource schema.")
  /// A list property has fewer or more items than its schema allows.
  public static let propertyItemCountOutOfRange = template(
    "PropertyItemCountOutOfRange", "A resource property lists fewer or more items than its resource schema allows.")
  /// A list property lists a value twice where its schema wants each value once.
  public static let propertyItemsNotUnique = template(
    "PropertyItemsNotUnique", "A resource property lists a value twice where its resource schema allows it once.")
  /// A property has a value of the wrong kind (text for an object, a fraction for an integer, NaN...).
  public static let propertyTypeMismatch = template(
    "PropertyTypeMismatch", "A resource property has a value of a type its resource schema does not allow.")
  /// A property the resource schema requires is missing.
  public static let requiredPropertyMissing = template(
    "RequiredPropertyMissing", "A property that the resource schema requires is missing.")
  /// A property the resource type's schema does not have: a warning, since an override may set a property newer
  /// than the schemas the library was generated from.
  public static let unknownProperty = template(
    "UnknownProperty", "A resource has a property that the schema of its resource type does not have.",
    severity: .warning)
  /// Two resources of a type have the same name where the name must be unique in the account or region.
  public static let duplicatePhysicalName = template(
    "DuplicatePhysicalName",
    "Two resources of the app have the same name where AWS needs it unique in the account or region.")
  /// A template has more resources than CloudFormation allows.
  public static let tooManyResources = template(
    "TooManyResources", "A template has more resources than CloudFormation allows in one stack.")
  /// A template has more outputs than CloudFormation allows.
  public static let tooManyOutputs = template(
    "TooManyOutputs", "A template has more outputs than CloudFormation allows.")
  /// A template has more parameters than CloudFormation allows.
  public static let tooManyParameters = template(
    "TooManyParameters", "A template has more parameters than CloudFormation allows.")
  /// A template has more mappings than CloudFormation allows.
  public static let tooManyMappings = template(
    "TooManyMappings", "A template has more mappings than CloudFormation allows.")
  /// A template is larger than CloudFormation accepts.
  public static let templateTooLarge = template(
    "TemplateTooLarge", "A template is larger than CloudFormation accepts.")
  /// An element's logical id is empty, too long or not alphanumeric.
  public static let invalidLogicalID = template(
    "InvalidLogicalID", "An element's logical id is empty, too long or has characters other than letters and digits.")
  /// A deploy-time value was turned into a plain `String` and ended up in the output as text.
  public static let stringifiedToken = template(
    "StringifiedToken", "A deploy-time value was turned into a plain String, so its text ends up in the output.")
  /// A dynamic reference (`{{resolve:...}}`) that CloudFormation cannot resolve.
  public static let invalidDynamicReference = template(
    "InvalidDynamicReference", "A dynamic reference ({{resolve:...}}) that CloudFormation cannot resolve.")
  /// The construct tree is deeper than synthesis supports.
  public static let constructTreeTooDeep = template(
    "ConstructTreeTooDeep", "The construct tree is deeper than synthesis supports.")
}
