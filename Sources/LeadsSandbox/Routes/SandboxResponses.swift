import Hummingbird
import TiledeskLeads

/// Building responses: JSON in the server's shapes, plain text, CSV.
enum SandboxResponses {
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        text(value.jsonText, status: status, contentType: "application/json; charset=utf-8")
    }

    static func text(_ body: String, status: HTTPResponse.Status = .ok, contentType: String = "text/plain; charset=utf-8") -> Response {
        var buffer = ByteBuffer()
        buffer.writeString(body)
        return Response(status: status, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: buffer))
    }

    static func lead(_ lead: Lead) -> Response { json(lead.jsonObject) }

    /// An error in the real server's shape: `{"success":false,"msg":"…"}`, with the message under
    /// another key when `key` says so, or bare text for 401.
    static func failure(_ failure: SandboxFailure, key: ErrorKey = .msg) -> Response {
        if failure.plainText { return text(failure.message, status: failure.status) }
        let message = JSONValue.string(failure.message)
        let body: JSONValue
        switch failure.key ?? key {
        case .msg: body = ["success": false, "msg": message]
        case .message: body = ["success": false, "message": message]
        case .error: body = ["success": false, "error": message]
        case .err: body = ["err": message]
        case .errors: body = ["errors": [["msg": message]]]
        case .bareError: body = ["error": message]
        }
        return json(body, status: failure.status)
    }
}
