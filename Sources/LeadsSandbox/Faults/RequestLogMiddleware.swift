import Foundation
import Hummingbird
import TiledeskLeads

/// Records `METHOD PATH?QUERY STATUS MILLISECONDS TIME` for every request, after it is answered
/// (or failed). Never the headers or the body: they hold credentials and personal data.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let log: RequestLog

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let target = "\(request.method) \(request.uri.path)" + (request.uri.query.map { "?\($0)" } ?? "")
        func record(_ status: Int) {
            log.append("\(target) \(status) \(RequestLog.milliseconds(since: started)) \(ISOTime.format(Date()))")
        }
        do {
            let response = try await next(request, context)
            record(response.status.code)
            return response
        } catch let error as any HTTPResponseError {
            record(error.status.code)
            throw error
        } catch {
            record(500)
            throw error
        }
    }
}
