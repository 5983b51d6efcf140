import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A reply of the engine, in RESP2.
enum EngineReply: Equatable, CustomStringConvertible {
  case status(String)
  case error(String)
  case integer(Int)
  case bulk(String?)
  case array([EngineReply]?)

  /// Whether the engine refused the command for the user's permissions: the command, a key or a channel
  /// (`NOPERM ...`), or a call inside a script (`... can't access ...`, `ACL failure in script ...`).
  var isPermissionDenied: Bool {
    guard case .error(let message) = self else { return false }
    let lowered = message.lowercased()
    return lowered.hasPrefix("noperm") || lowered.contains("no permissions") || lowered.contains("can't access")
      || lowered.contains("can't run") || lowered.contains("acl failure")
  }

  /// Whether the engine refused the command itself (not one of its keys or channels).
  var isCommandDenied: Bool {
    guard case .error(let message) = self else { return false }
    return message.lowercased().contains("no permissions to run")
  }

  var isError: Bool {
    if case .error = self { return true }
    return false
  }

  var description: String {
    switch self {
    case .status(let text): "+\(text)"
    case .error(let text): "-\(text)"
    case .integer(let value): ":\(value)"
    case .bulk(let text): text.map { "\"\($0)\"" } ?? "(nil)"
    case .array(let items): items.map { "[" + $0.map(\.description).joined(separator: ", ") + "]" } ?? "(nil array)"
    }
  }
}

/// A plain TCP connection to a local engine that sends commands in one pipeline and reads their replies.
final class EngineConnection {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  private let socket: Int32
  private var buffer: [UInt8] = []
  private var position = 0

  /// Connects to `127.0.0.1:port` and, with a user, authenticates as it.
  init(port: Int, user: String? = nil, password: String? = nil) throws {
    #if canImport(Glibc)
      socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard socket >= 0 else { throw Failure(description: "socket() failed") }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else {
      close(socket)
      throw Failure(description: "could not connect to port \(port)")
    }
    var timeout = timeval(tv_sec: 10, tv_usec: 0)
    setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    if let user, let password {
      let reply = try run(["AUTH", user, password])
      guard reply == .status("OK") else { throw Failure(description: "AUTH as \(user): \(reply)") }
    }
  }

  deinit { close(socket) }

  /// Sends `commands` in one write and returns their replies, in order.
  func pipeline(_ commands: [[String]]) throws -> [EngineReply] {
    var bytes: [UInt8] = []
    for command in commands {
      bytes += Array("*\(command.count)\r\n".utf8)
      for argument in command {
        let utf8 = Array(argument.utf8)
        bytes += Array("$\(utf8.count)\r\n".utf8) + utf8 + Array("\r\n".utf8)
      }
    }
    var sent = 0
    while sent < bytes.count {
      let written = bytes[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
      guard written > 0 else { throw Failure(description: "send failed") }
      sent += written
    }
    return try commands.map { _ in try reply() }
  }

  /// Sends one command and returns its reply.
  func run(_ command: [String]) throws -> EngineReply { try pipeline([command])[0] }

  private func reply() throws -> EngineReply {
    let line = try readLine()
    guard let kind = line.first else { throw Failure(description: "empty reply line") }
    let rest = String(line.dropFirst())
    switch kind {
    case "+": return .status(rest)
    case "-": return .error(rest)
    case ":": return .integer(Int(rest) ?? 0)
    case "$":
      guard let length = Int(rest), length >= 0 else { return .bulk(nil) }
      let bytes = try readBytes(length + 2)
      return .bulk(String(decoding: bytes.dropLast(2), as: UTF8.self))
    case "*":
      guard let count = Int(rest), count >= 0 else { return .array(nil) }
      return .array(try (0..<count).map { _ in try reply() })
    default: throw Failure(description: "unexpected reply line \(line)")
    }
  }

  private func readLine() throws -> String {
    while true {
      if let end = buffer[position...].indices.first(where: {
        buffer[$0] == UInt8(ascii: "\r") && $0 + 1 < buffer.count && buffer[$0 + 1] == UInt8(ascii: "\n")
      }) {
        let line = String(decoding: buffer[position..<end], as: UTF8.self)
        position = end + 2
        return line
      }
      try fill()
    }
  }

  private func readBytes(_ count: Int) throws -> ArraySlice<UInt8> {
    while buffer.count - position < count { try fill() }
    defer { position += count }
    return buffer[position..<position + count]
  }

  private func fill() throws {
    if position > 0 {
      buffer.removeFirst(position)
      position = 0
    }
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    let received = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
    guard received > 0 else { throw Failure(description: "the engine closed the connection or timed out") }
    buffer += chunk[0..<received]
  }
}
