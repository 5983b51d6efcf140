import AWSIAM
import ElastiCacheCDK
import Testing

@Suite("IAM policy size estimate and split")
struct PolicySizeEstimateTests {
  private let estimate = PolicySizeEstimate()

  /// `{"Action": "s3:GetObject", "Resource": <literal ARN>}` estimating at `size` (at least 76).
  private func statement(_ name: String, size: Int) -> IAM.PolicyStatement {
    let base = "arn:aws:s3:::\(name)-"
    return IAM.PolicyStatement(
      actions: ["s3:GetObject"], resources: [StringValue(base + String(repeating: "x", count: size - 62 - base.count))])
  }

  private func sizes(_ parts: [(document: IAM.PolicyDocument, originals: [IAM.PolicyStatement])]) -> [[Int]] {
    parts.map { part in part.document.statements.map { estimate.size(of: $0) } }
  }

  @Test("A statement counts its effect, keys, quoted literals with separators, and its conditions as JSON")
  func literalStatement() {
    // "Effect": "Allow", = 18; Action: 6 + 5 + (12 + 3); Resource: 8 + 5 + (14 + 3); {} = 2.
    let simple = IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["arn:aws:s3:::b"])
    #expect(estimate.size(of: simple) == 18 + 26 + 30 + 2)
    simple.effect = .deny
    #expect(estimate.size(of: simple) == 17 + 26 + 30 + 2)

    let several = IAM.PolicyStatement(
      actions: ["s3:GetObject", "s3:PutObject", "s3:GetObject"], resources: ["arn:aws:s3:::b", "arn:aws:s3:::c/*"])
    #expect(estimate.size(of: several) == 18 + (11 + 15 + 15) + (13 + 17 + 19) + 2)

    let negated = IAM.PolicyStatement(notActions: ["s3:DeleteBucket"], notResources: ["arn:aws:s3:::b"])
    #expect(estimate.size(of: negated) == 18 + (9 + 5 + 18) + (11 + 5 + 17) + 2)

    let conditional = IAM.PolicyStatement(
      actions: ["s3:GetObject"], resources: ["*"], conditions: ["Bool": ["aws:SecureTransport": "false"]])
    #expect(estimate.size(of: conditional) == 18 + 26 + 17 + #"{"Bool":{"aws:SecureTransport":"false"}}"#.count)
  }

  @Test("Resources holding tokens count as the ARN estimate, principals too; tokens in conditions as CDK strings")
  func tokens() {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let parameter = CfnParameter(stack, "Arn").valueAsString
    let tokens = IAM.PolicyStatement(
      actions: ["s3:GetObject"], resources: [parameter, "arn:\(Aws.partition):s3:::b"])
    #expect(estimate.size(of: tokens) == 18 + 26 + (13 + 2 * 153) + 2)
    #expect(PolicySizeEstimate(arnEstimate: 100).size(of: tokens) == 18 + 26 + (13 + 2 * 103) + 2)

    let principals = IAM.PolicyStatement(
      actions: ["sts:AssumeRole"], principals: [IAM.ServicePrincipal("lambda.amazonaws.com"), IAM.AnyPrincipal()])
    #expect(estimate.size(of: principals) == 18 + (11 + 17) + 2 * 150 + 2)

    let viaService = IAM.PolicyStatement(
      actions: ["kms:Decrypt"], resources: ["*"],
      conditions: ["StringEquals": ["kms:ViaService": .string("secretsmanager.\(Aws.region).amazonaws.com")]])
    let json = #"{"StringEquals":{"kms:ViaService":"secretsmanager.${Token[AWS.Region.12]}.amazonaws.com"}}"#
    #expect(estimate.size(of: viaService) == 18 + (11 + 14) + 17 + json.count)
  }

  @Test("The ARN estimate comes from the context; a value that is not a number is an error")
  func contextEstimate() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    #expect(PolicySizeEstimate.of(stack) == PolicySizeEstimate(actionEstimate: 20, arnEstimate: 150))
    let scoped = Construct(stack, "Scoped")
    scoped.node.setContext("@aws-cdk/aws-iam.arnSizeEstimate", 90)
    #expect(PolicySizeEstimate.of(Construct(scoped, "Child")).arnEstimate == 90)
    let wrong = Construct(stack, "Wrong")
    wrong.node.setContext("@aws-cdk/aws-iam.arnSizeEstimate", "big")
    #expect(PolicySizeEstimate.of(wrong) == PolicySizeEstimate())
    let thrown = #expect(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      thrown?.errors.map { "\($0.path) \($0.code): \($0.message)" } == [
        #"Stack/Wrong ExpectedContextNumber: Context value @aws-cdk/aws-iam.arnSizeEstimate should be a number, got "big""#
      ])
  }

  @Test("Statements stay while the kept ones add up to less than the maximum, not to the maximum")
  func selfBoundary() {
    let under = IAM.PolicyDocument(statements: (0..<39).map { statement("u\($0)", size: 250) })
    under.addStatements(statement("last", size: 249))
    let underParts = under.split(selfMaximumSize: 10_000, splitMaximumSize: 6_000, estimate: estimate)
    #expect(underParts.count == 1)
    #expect(under.statementCount == 40)

    let over = IAM.PolicyDocument(statements: (0..<40).map { statement("o\($0)", size: 250) })
    let overParts = over.split(selfMaximumSize: 10_000, splitMaximumSize: 6_000, estimate: estimate)
    #expect(sizes(overParts) == [Array(repeating: 250, count: 39), [250]])
    #expect(over.statementCount == 39)
    #expect(overParts[0].document === over)
  }

  @Test("Overflow documents fill up to the maximum included; later statements take the first place they fit")
  func overflowBoundaries() {
    let document = IAM.PolicyDocument(statements: (0..<39).map { statement("k\($0)", size: 250) })
    document.addStatements((0..<24).map { statement("f\($0)", size: 250) })
    document.addStatements(statement("fits", size: 200), statement("next", size: 100))
    document.addStatements((0..<24).map { statement("s\($0)", size: 250) })
    document.addStatements(statement("back", size: 150))
    let parts = document.split(selfMaximumSize: 10_000, splitMaximumSize: 6_000, estimate: estimate)
    // The default policy ends at 9950; the first overflow policy at exactly 6000; 150 more fit the
    // second one exactly (100 + 23 * 250), although a third one exists by then.
    #expect(
      sizes(parts) == [
        Array(repeating: 250, count: 39) + [200],
        Array(repeating: 250, count: 24),
        [100] + Array(repeating: 250, count: 23) + [150],
        [250],
      ])

    // With the first overflow policy at 5850, 151 more do not fit it (6001), 150 do (6000).
    let oneOver = IAM.PolicyDocument(statements: (0..<39).map { statement("k\($0)", size: 250) })
    oneOver.addStatements(statement("fill", size: 200))
    oneOver.addStatements((0..<23).map { statement("f\($0)", size: 250) })
    oneOver.addStatements(statement("hundred", size: 100), statement("over", size: 151), statement("exact", size: 150))
    #expect(
      sizes(oneOver.split(selfMaximumSize: 10_000, splitMaximumSize: 6_000, estimate: estimate)) == [
        Array(repeating: 250, count: 39) + [200], Array(repeating: 250, count: 23) + [100, 150], [151],
      ])
  }

  @Test("A statement too large for the default policy or any overflow policy gets an overflow policy of its own")
  func oversizedStatements() {
    let first = IAM.PolicyDocument(statements: [statement("huge", size: 10_000), statement("small", size: 100)])
    let firstParts = first.split(selfMaximumSize: 10_000, splitMaximumSize: 6_000, estimate: estimate)
    #expect(sizes(firstParts) == [[100], [10_000]])

    let later = IAM.PolicyDocument(statements: (0..<39).map { statement("k\($0)", size: 250) })
    later.addStatements(statement("large", size: 6_001), statement("small", size: 100), statement("more", size: 300))
    let laterParts = later.split(selfMaximumSize: 10_000, splitMaximumSize: 6_000, estimate: estimate)
    #expect(sizes(laterParts) == [Array(repeating: 250, count: 39) + [100], [6_001], [300]])
  }

  @Test("Equal statements are merged first: the first stays, standing for the others")
  func mergesEqualStatements() {
    let first = IAM.PolicyStatement(actions: ["s3:GetObject", "s3:PutObject"], resources: ["arn:aws:s3:::a", "*"])
    let reordered = IAM.PolicyStatement(actions: ["s3:PutObject", "s3:GetObject"], resources: ["*", "arn:aws:s3:::a"])
    let otherSid = IAM.PolicyStatement(
      actions: ["s3:GetObject", "s3:PutObject"], resources: ["arn:aws:s3:::a", "*"], sid: "Other")
    let otherEffect = IAM.PolicyStatement(
      effect: .deny, actions: ["s3:GetObject", "s3:PutObject"], resources: ["arn:aws:s3:::a", "*"])
    let conditional = IAM.PolicyStatement(
      actions: ["s3:GetObject"], resources: ["*"], conditions: ["Bool": ["aws:SecureTransport": "true"]])
    let sameConditions = IAM.PolicyStatement(
      actions: ["s3:GetObject"], resources: ["*"], conditions: ["Bool": ["aws:SecureTransport": "true"]])
    let otherConditions = IAM.PolicyStatement(
      actions: ["s3:GetObject"], resources: ["*"], conditions: ["Bool": ["aws:SecureTransport": "false"]])
    let copy = IAM.PolicyStatement(actions: ["s3:PutObject", "s3:GetObject"], resources: ["arn:aws:s3:::a", "*"])
    let document = IAM.PolicyDocument(statements: [
      first, reordered, otherSid, otherEffect, conditional, sameConditions, otherConditions, copy,
    ])
    let parts = document.split(selfMaximumSize: 10_000, splitMaximumSize: 6_000, estimate: estimate)
    #expect(parts.count == 1)
    #expect(
      document.statements.map(ObjectIdentifier.init)
        == [first, otherSid, otherEffect, conditional, otherConditions].map(ObjectIdentifier.init))
    #expect(
      parts[0].originals.map(ObjectIdentifier.init)
        == [first, reordered, copy, otherSid, otherEffect, conditional, sameConditions, otherConditions].map(
          ObjectIdentifier.init))
  }
}
