import Constructs
import Testing

@Suite("Template problem catalog")
struct TemplateProblemsCatalogTests {
  @Test("Every code of the template checks is listed once, named and explained")
  func catalog() {
    let codes = TemplateProblems.codes
    #expect(Set(codes.map(\.name)).count == codes.count)
    #expect(codes.allSatisfy { $0.module == "Constructs" && $0.summary.hasSuffix(".") })
    #expect(codes.filter { $0.defaultSeverity != .error } == [.unknownProperty])
    #expect(codes.allSatisfy { $0.name.first?.isUppercase == true && !$0.name.contains(" ") })
    #expect(
      codes.map(\.name) == [
        "PropertyValueNotAllowed", "PropertyPatternMismatch", "PropertyLengthOutOfRange", "PropertyValueOutOfRange",
        "PropertyItemCountOutOfRange", "PropertyItemsNotUnique", "PropertyTypeMismatch", "RequiredPropertyMissing",
        "UnknownProperty", "DuplicatePhysicalName", "TooManyResources", "TooManyOutputs", "TooManyParameters",
        "TooManyMappings", "TemplateTooLarge", "InvalidLogicalID", "StringifiedToken", "InvalidDynamicReference",
        "ConstructTreeTooDeep",
      ])
  }
}
