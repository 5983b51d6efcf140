import CloudFormationModel
import Constructs
import Testing

/// Literal values are checked against the constraints a typed resource declares, at synthesis, each violation
/// reported with the resource type, the property path, the value and what is allowed; deploy-time values are not.
@Suite("Schema constraints of resources")
struct ConstraintCheckTests {
  static let constraints = ResourceConstraints(
    typeName: "Test::Service::Thing",
    properties: [
      "Engine": .string(allowedValues: ["redis", "valkey"]),
      "Mode": .string(allowedValues: ["Fast"], ignoresCase: true),
      "Name": .string(pattern: "^[a-z][a-z0-9-]*$", patternDescription: "lower-case letters, digits and hyphens"),
      "Description": .string(maxLength: 10),
      "Count": .number(isInteger: true, minimum: 1, maximum: 5),
      "Threshold": .number(),
      "Ids": .array(of: .string(minLength: 1), maxItems: 2, uniqueItems: true),
      "Limits": .object(["Unit": .string(allowedValues: ["GB"]), "Maximum": .number(maximum: 10)], required: ["Unit"]),
      "Tags": .map(of: .string(), keyPattern: "^[a-z]+$"),
      "Token": .string(maxLength: 3, isSecret: true),
      "Passwords": .array(of: .string(minLength: 16, isSecret: true)),
      "Document": .any,
    ],
    required: ["Engine"],
    physicalName: .init(property: "Name", scope: .region, ignoresCase: true))

  /// What synthesis reports (errors, then warnings) for a stack with an owner construct (`Stack/Owner`) whose
  /// default child is the typed resource, its properties overridden with `properties`.
  private func synthesize(_ properties: [String: CfnValue], resourceID: String = "Resource") -> [Diagnostic] {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let resource = CfnResource(Construct(stack, "Owner"), resourceID, constraints: Self.constraints)
    for (key, value) in properties { resource.addPropertyOverride(key, value) }
    do {
      return try app.synthesize().warnings
    } catch {
      return error.diagnostics
    }
  }

  private func problem(_ path: String, _ code: ProblemCode, _ message: String, fix: String) -> Diagnostic {
    Diagnostic(Problem(code, message, fix: fix), path: path)
  }

  @Test("A value not in the schema's list is reported on the construct that owns the resource")
  func allowedValues() {
    #expect(
      synthesize(["Engine": "Valkey"]) == [
        problem(
          "Stack/Owner", .propertyValueNotAllowed,
          "Test::Service::Thing property Engine is 'Valkey', which is not one of the allowed values: redis and valkey.",
          fix: "Use one of the allowed values.")
      ])
    #expect(synthesize(["Engine": "valkey", "Mode": "FAST"]).isEmpty)
  }

  @Test("A resource that is not its owner's default child reports on its own path")
  func reportingPath() {
    #expect(synthesize(["Engine": ""], resourceID: "Cache").map(\.path) == ["Stack/Owner/Cache"])
  }

  @Test("Patterns, lengths, ranges and item counts, each violation reported with what is allowed")
  func eachKind() {
    let found = synthesize([
      "Engine": "redis", "Name": "Bad Name", "Description": "far too long", "Count": 0, "Ids": ["a", "b", "c"],
    ])
    let expected = [
      problem(
        "Stack/Owner", .propertyLengthOutOfRange,
        "Test::Service::Thing property Description has 12 characters ('far too long'), but it must have at most 10.",
        fix: "Shorten it to at most 10 characters."),
      problem(
        "Stack/Owner", .propertyValueOutOfRange,
        "Test::Service::Thing property Count is 0, but it must be from 1 to 5.",
        fix: "Use a number from 1 to 5."),
      problem(
        "Stack/Owner", .propertyItemCountOutOfRange,
        "Test::Service::Thing property Ids has 3 items, but it must have at most 2.", fix: "Give it at most 2 items."),
      problem(
        "Stack/Owner", .propertyPatternMismatch,
        "Test::Service::Thing property Name is 'Bad Name', which does not match the pattern ^[a-z][a-z0-9-]*$.",
        fix: "Use lower-case letters, digits and hyphens."),
    ]
    #expect(found.sorted { $0.message < $1.message } == expected.sorted { $0.message < $1.message })
  }

  @Test("Nested members, required members, unknown properties, unique items and map keys")
  func structure() {
    let found = synthesize([
      "Engine": "redis", "Limits": ["Maximum": 11, "Extra": true], "Ids": ["x", "x"], "Tags": ["Bad": "v"],
      "Colour": "red",
    ])
    let keepUnlessNewer = "unless it is newer than the resource schemas of this library."
    let expected = [
      problem(
        "Stack/Owner", .requiredPropertyMissing, "Test::Service::Thing property Limits.Unit is required but not set.",
        fix: "Set Limits.Unit."),
      problem(
        "Stack/Owner", .propertyValueOutOfRange,
        "Test::Service::Thing property Limits.Maximum is 11, but it must be at most 10.",
        fix: "Use a number at most 10."),
      problem(
        "Stack/Owner", .unknownProperty, "Test::Service::Thing property Limits has no member 'Extra'.",
        fix: "Remove it or correct its name (the members are Maximum and Unit), \(keepUnlessNewer)"),
      problem(
        "Stack/Owner", .propertyItemsNotUnique, "Test::Service::Thing property Ids lists 'x' more than once.",
        fix: "List each value once."),
      problem(
        "Stack/Owner", .unknownProperty, "Test::Service::Thing has no property 'Colour'.",
        fix: "Remove it or correct its name (the properties are Count, Description, Document, Engine, Ids, Limits, "
          + "Mode, Name, Passwords, Tags, Threshold and Token), \(keepUnlessNewer)"),
      problem(
        "Stack/Owner", .propertyPatternMismatch,
        "Test::Service::Thing property Tags has the key 'Bad', which does not match the pattern ^[a-z]+$.",
        fix: "Change the key so that it matches the pattern."),
    ]
    #expect(found.sorted { $0.message < $1.message } == expected.sorted { $0.message < $1.message })
    #expect(found.filter { $0.severity == .warning }.map(\.code) == ["UnknownProperty", "UnknownProperty"])
    #expect(
      synthesize([:]) == [
        problem(
          "Stack/Owner", .requiredPropertyMissing, "Test::Service::Thing property Engine is required but not set.",
          fix: "Set Engine.")
      ])
    #expect(synthesize(["Engine": "redis", "NewerThanTheSchema": 1]).map(\.severity) == [.warning])
  }

  @Test("NaN, infinity and fractions where a whole number is due are type errors")
  func numbers() {
    #expect(
      synthesize(["Engine": "redis", "Threshold": .number(.nan)]).map(\.message) == [
        "Test::Service::Thing property Threshold is NaN, which is not a finite number."
      ])
    #expect(
      synthesize(["Engine": "redis", "Threshold": .number(-.infinity)]).map(\.code) == ["PropertyTypeMismatch"])
    #expect(
      synthesize(["Engine": "redis", "Count": 2.5]).map(\.message) == [
        "Test::Service::Thing property Count is 2.5, which is not a whole number."
      ])
    #expect(
      synthesize(["Engine": "redis", "Ids": "a"]).map(\.message) == [
        "Test::Service::Thing property Ids is 'a', which is not a list."
      ])
    #expect(synthesize(["Engine": "redis", "Count": "3", "Threshold": "1.5"]).isEmpty)
  }

  @Test("Messages never show a secret's value")
  func secrets() {
    let found = synthesize(["Engine": "redis", "Token": "hunter2", "Passwords": ["short-password"]])
    #expect(
      found.map(\.message).sorted() == [
        "Test::Service::Thing property Passwords[0] has 14 characters, but it must have at least 16.",
        "Test::Service::Thing property Token has 7 characters, but it must have at most 3.",
      ])
    #expect(!found.contains { $0.description.contains("hunter2") || $0.description.contains("short-password") })
  }

  @Test("Deploy-time values are never checked: intrinsic functions, dynamic references, joins")
  func deployTimeValues() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let resource = CfnResource(Construct(stack, "Owner"), "Resource", constraints: Self.constraints)
    resource.addPropertyOverride("Engine", .string(stack.region))
    resource.addPropertyOverride("Name", "\(stack.account)-Name")
    resource.addPropertyOverride("Count", .token(Token(intrinsic: "Fn::GetAtt", argument: ["X", "Count"])))
    resource.addPropertyOverride("Ids", .token(Token(intrinsic: "Fn::GetAZs", argument: "")))
    resource.addPropertyOverride("Token", "{{resolve:secretsmanager:token:SecretString:::}}")
    #expect(synthesisErrors(app).isEmpty)
  }

  @Test("The owner can report problems of a property itself; then the schema's are left out")
  func checksLeftToOwner() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let resource = CfnResource(Construct(stack, "Owner"), "Resource", constraints: Self.constraints)
    resource.addPropertyOverride("Engine", "mysql")
    resource.addPropertyOverride("Ids", ["x", "x", "y"])
    resource.addPropertyOverride("Limits", ["Unit": "TB", "Maximum": .number(.nan)])
    resource.leaveChecks(of: "Engine")
    resource.leaveChecks(of: "Limits")
    resource.leaveChecks(of: "Ids", toOwner: [.propertyItemCountOutOfRange])
    // A number that is not finite is reported even where the owner checks the rest: no owner can mean it.
    #expect(
      synthesisErrors(app).map(\.message) == [
        "Test::Service::Thing property Ids lists 'x' more than once.",
        "Test::Service::Thing property Limits.Maximum is NaN, which is not a finite number.",
      ])
  }

  @Test("Two resources with the same physical name in an account and region are reported, case aside")
  func duplicatePhysicalNames() {
    let app = App(outdir: "unused")
    let environment = Environment(account: "123456789012", region: "us-east-1")
    for (stackName, name) in [("One", "orders"), ("Two", "Orders"), ("Three", "other")] {
      let resource = CfnResource(
        Construct(Stack(app, stackName, env: environment), "Cache"), "Resource", constraints: Self.constraints)
      resource.addPropertyOverride("Engine", "redis")
      resource.addPropertyOverride("Name", .string(StringValue(name)))
    }
    let elsewhere = CfnResource(
      Construct(Stack(app, "Elsewhere", env: Environment(account: "123456789012", region: "eu-west-1")), "Cache"),
      "Resource", constraints: Self.constraints)
    elsewhere.addPropertyOverride("Engine", "redis")
    elsewhere.addPropertyOverride("Name", "orders")
    #expect(
      synthesisErrors(app).filter { $0.code == "DuplicatePhysicalName" } == [
        problem(
          "Two/Cache", .duplicatePhysicalName,
          "Test::Service::Thing Name 'Orders' is already the Name of One/Cache (the service ignores case in it): each "
            + "Test::Service::Thing needs its own Name in an account and region, so deploying both fails.",
          fix: "Give one of them another Name, or create the resource once and import it elsewhere.")
      ])
  }
}
