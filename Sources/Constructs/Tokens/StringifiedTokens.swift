import CloudFormationModel
import Diagnostics

/// Finds deploy-time values that were turned into a plain `String` (`"\(cache.serverlessCacheName)"` stored
/// in a `String`): their text, `${Token[...]}`, would reach CloudFormation instead of the value.
///
/// Synthesis looks for it wherever such text can land: every value and key of every template element,
/// the template's description and transforms, stack tags, construct ids and construct metadata.
enum StringifiedTokens {
  /// The start of the text a token prints as (``StringValue/description``).
  static let marker = "${Token["

  /// The strings and object keys of `value` that hold a stringified token, each once, in order.
  static func texts(in value: TemplateValue) -> [String] {
    var found: [String] = []
    value.forEachTextWithBraces { text, _ in note(text, in: &found) }
    return found
  }

  /// Adds `text` to `found` when it holds a stringified token and is not there yet.
  static func note(_ text: String, in found: inout [String]) {
    if text.contains(marker), !found.contains(text) { found.append(text) }
  }

  /// The error for `text`, found in `location` (such as "the stack's description") when it is not in the
  /// values of the construct the error is reported on.
  static func problem(_ text: String, in location: String? = nil) -> Problem {
    let place = location.map { " in \($0)" } ?? ""
    return Problem(
      .stringifiedToken,
      "The text '\(ConstraintChecker.truncated(text))'\(place) holds a token that was converted to a plain String. "
        + "Keep deploy-time values as StringValue: interpolate them into a StringValue (not a String) or pass "
        + "them directly.")
  }

}
