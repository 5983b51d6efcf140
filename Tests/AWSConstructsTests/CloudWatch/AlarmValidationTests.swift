import ElastiCacheCDK
import Testing

/// Alarm settings CloudFormation rejects are reported on the alarm, with the property and what is allowed.
@Suite("CloudWatch.Alarm values CloudFormation rejects")
struct AlarmValidationTests {
  private func errors(threshold: Double = 1, evaluationPeriods: Int = 1) -> [Diagnostic] {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    CloudWatch.Metric(namespace: "AWS/ElastiCache", metricName: "CacheHits")
      .createAlarm(stack, "Alarm", threshold: threshold, evaluationPeriods: evaluationPeriods)
    do {
      _ = try app.synthesize()
      return []
    } catch {
      return error.errors
    }
  }

  @Test("A threshold of NaN or infinity, which a template would write as null", arguments: [Double.nan, .infinity])
  func threshold(_ threshold: Double) {
    let shown = threshold.isNaN ? "NaN" : "infinity"
    #expect(
      errors(threshold: threshold) == [
        Diagnostic(
          Problem(
            .propertyTypeMismatch,
            "AWS::CloudWatch::Alarm property Threshold is \(shown), which is not a finite number.",
            fix: "Give a finite number: NaN and infinity cannot be written to a template (they would render as null)."),
          path: "Stack/Alarm")
      ])
  }

  @Test("Fewer than one evaluation period", arguments: [0, -3])
  func evaluationPeriods(_ periods: Int) {
    #expect(
      errors(evaluationPeriods: periods) == [
        Diagnostic(
          Problem(
            .propertyValueOutOfRange,
            "AWS::CloudWatch::Alarm property EvaluationPeriods is \(periods), but it must be at least 1.",
            fix: "Use a number at least 1."),
          path: "Stack/Alarm")
      ])
  }
}
