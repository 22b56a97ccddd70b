package dev.redline.assessments;

import jakarta.ws.rs.core.NewCookie;

/**
 * The candidate's session: the invitation token itself in an HttpOnly cookie, so that the token
 * leaves the address bar (and browser history, and any Referer) right after the link is opened.
 * SameSite=Lax, not Strict: a Strict cookie set after the cross-site click in the candidate's mail
 * would not be sent on the redirect that follows. Forms carry a CSRF token; the JSON API needs
 * {@code Content-Type: application/json}, which no cross-site form can send.
 */
final class CandidateCookie {

    static final String NAME = "redline_candidate";

    private CandidateCookie() {
    }

    static NewCookie of(String token, long maxAgeSeconds, boolean secure) {
        return new NewCookie.Builder(NAME).value(token).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).maxAge((int) Math.max(0, Math.min(Integer.MAX_VALUE, maxAgeSeconds)))
                .build();
    }
}
