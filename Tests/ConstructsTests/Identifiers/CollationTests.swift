import Testing

@testable import Constructs

@Suite("Ordering like JavaScript's localeCompare")
struct CollationTests {
  @Test("Construct paths sort as the AWS CDK sorts DependsOn entries")
  func constructPaths() {
    // Generated once with Node.js 20 (full ICU): [...paths].sort((a, b) => a.localeCompare(b)).
    let expected = [
      "Stack/0", "Stack/a", "Stack/A", "Stack/ä", "Stack/a b", "Stack/a,b", "Stack/a;b", "Stack/a:b", "Stack/a!b",
      "Stack/a?b", "Stack/a'b", "Stack/a\"b", "Stack/a(b", "Stack/a[b", "Stack/a{b", "Stack/a@b", "Stack/a*b",
      "Stack/a\\b", "Stack/a&b", "Stack/a#b", "Stack/a%b", "Stack/a`b", "Stack/a^b", "Stack/a+b", "Stack/a<b",
      "Stack/a=b", "Stack/a>b", "Stack/a|b", "Stack/a~b", "Stack/a$b", "Stack/é", "Stack/Network_/X",
      "Stack/Network-2/X", "Stack/Network/Inner/Deep", "Stack/Network/Shallow", "Stack/Network/X", "Stack/Network2/X",
      "Stack/Storage/_private", "Stack/Storage/10-volume", "Stack/Storage/9-volume", "Stack/Storage/a-b",
      "Stack/Storage/a.b", "Stack/Storage/ab", "Stack/Storage/aB", "Stack/Storage/Ab", "Stack/Storage/AB",
      "Stack/Storage/Alpha", "Stack/Storage/alpha-2", "Stack/Storage/beta", "Stack/Storage/Zeta", "Stack/z", "Stack/Ω",
    ]
    for shuffled in [expected.reversed(), expected.sorted(), expected.shuffled()] {
      #expect(shuffled.sorted(by: Collation.precedes) == expected)
    }
  }

  @Test("Tag keys sort as the AWS CDK sorts them")
  func tagKeys() {
    // Generated once with Node.js 20: [...keys].sort((a, b) => a.localeCompare(b)).
    let expected = [
      "_x", "10", "9", "A-key", "aws-cdk:subnet-name", "b-key", "environment", "Environment", "Name", "team", "Team",
    ]
    #expect(expected.reversed().sorted(by: Collation.precedes) == expected)
  }

  @Test("Equal strings do not precede each other")
  func irreflexive() {
    #expect(!Collation.precedes("Stack/a", "Stack/a"))
    #expect(!Collation.precedes("", ""))
    #expect(Collation.precedes("", "a"))
  }
}
