import ElastiCacheCDK
import Testing

@Suite("Core conformance: generated names")
struct UniqueResourceNamesTests {
  @Test("Names.uniqueResourceName and Names.uniqueID give the AWS CDK's names for every option")
  func uniqueResourceNames() throws {
    let app = App(outdir: "unused")
    Self.names(Stack(app, "Names"))
    Self.names(Stack(app, "NamedStack", stackName: "a-rather-long-stack-name-for-the-cache-platform-production-env"))

    try Goldens.expectMatch(app, "Core/unique-resource-names")
  }

  private static func names(_ stack: Stack) {
    let group = Construct(stack, "Group")
    let nested = Construct(Construct(group, "Inner"), "Resource")
    let hidden = Construct(Construct(group, "Default"), "Child")
    let odd = Construct(group, "Odd.Name-with_Chars")
    let longID = Construct(group, String(repeating: "VeryLongConstructIdentifierThatKeepsGoing", count: 4))
    let duplicate = Construct(Construct(group, "Cache"), "Cache")
    func parameter(_ id: String, _ value: String) {
      _ = CfnResource(
        group, id, type: "AWS::SSM::Parameter", properties: ["Type": "String", "Value": .string(StringValue(value))])
    }
    parameter("DefaultOptions", Names.uniqueResourceName(nested))
    parameter("MaxLength10", Names.uniqueResourceName(nested, maxLength: 10))
    parameter("MaxLength17", Names.uniqueResourceName(nested, maxLength: 17))
    parameter("MaxLength32", Names.uniqueResourceName(longID, maxLength: 32))
    parameter("MaxLength512", Names.uniqueResourceName(longID, maxLength: 512))
    parameter("Separator", Names.uniqueResourceName(nested, separator: "-"))
    parameter("LongSeparator", Names.uniqueResourceName(odd, maxLength: 30, separator: "--"))
    parameter("Allowed", Names.uniqueResourceName(odd, allowedSpecialCharacters: "-_."))
    parameter("AllowedSeparator", Names.uniqueResourceName(odd, separator: "_", allowedSpecialCharacters: "_"))
    parameter("HiddenDefault", Names.uniqueResourceName(hidden))
    parameter("Duplicate", Names.uniqueResourceName(duplicate))
    parameter("OfStack", Names.uniqueResourceName(stack))
    parameter("OfGroup", Names.uniqueResourceName(group, maxLength: 12))
    parameter("UniqueId", Names.uniqueID(nested))
    parameter("UniqueIdHidden", Names.uniqueID(hidden))
    parameter("UniqueIdOfStack", Names.uniqueID(stack))
    parameter("UniqueIdLong", Names.uniqueID(longID))
  }
}
