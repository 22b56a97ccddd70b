package dev.redline.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.net.URI;

/**
 * The base URI of the address this request reached Redline on: the socket's local address, never the
 * client's {@code Host} header, which anyone can forge to make an invitation link point at their own
 * site. The scheme is the request's (https when a trusted proxy forwarded it). In production set
 * {@code redline.assessments.public-url} instead.
 */
public final class BoundAddress {

    private BoundAddress() {
    }

    public static URI base(HttpServerRequest request) {
        SocketAddress local = request.localAddress();
        String host = local.hostAddress();
        if (host.indexOf(':') >= 0) {
            host = "[" + host + "]";   // IPv6 literal
        }
        return URI.create(request.scheme() + "://" + host + ":" + local.port() + "/");
    }
}
