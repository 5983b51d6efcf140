import Constructs
import Testing

@Suite("Strings with deploy-time values")
struct StringValueTests {
  @Test("Interpolation keeps literal text and tokens apart, merging adjacent text")
  func interpolation() {
    let value: StringValue = "a\("b")c\(Aws.region)d\(42)"
    #expect(value.isUnresolved)
    #expect(value.literal == nil)
    #expect(value.description == "abc${Token[AWS::Region]}d42")
    let literal: StringValue = "plain \("text") \(7)"
    #expect(literal.literal == "plain text 7")
    #expect(!literal.isUnresolved)
    #expect(StringValue("").literal == "")
  }

  @Test("Concatenation and equality work on the parts")
  func concatenation() {
    let joined = StringValue("arn:") + Aws.partition + ":s3"
    #expect(joined == "arn:\(Aws.partition):s3")
    #expect(joined != "arn:\(Aws.region):s3")
    #expect(joined.literalTextContains(":s3"))
    #expect(!joined.literalTextContains("AWS::Partition"))
  }

  @Test("Splitting splits the literal text only; each token stays whole in its piece")
  func split() {
    let value: StringValue = "arn:\(Aws.partition):s3:::\(Aws.stackName)-bucket/key"
    let pieces = value.split(separator: ":")
    #expect(pieces.count == 6)
    #expect(pieces[0] == "arn")
    #expect(pieces[1] == "\(Aws.partition)")
    #expect(pieces[2] == "s3")
    #expect(pieces[3] == "")
    #expect(pieces[5] == "\(Aws.stackName)-bucket/key")
    #expect(StringValue("a::b").split(separator: ":") == ["a", "", "b"])
  }
}
