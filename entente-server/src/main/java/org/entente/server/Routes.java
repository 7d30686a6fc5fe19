package org.entente.server;

import io.javalin.Javalin;
import io.javalin.http.Handler;

/** Route registration shared by the API, the pages and the edit routes. */
final class Routes {

    private Routes() {
    }

    /**
     * Registers a GET route, and the same handler for HEAD. Javalin answers a HEAD request to a
     * GET route with 200 without running the handler, so a link checker or monitor would see a
     * missing case as present, and every page as text/plain; run the handler instead, and the
     * servlet container sends its status and headers without the body.
     */
    static void get(Javalin app, String path, Handler handler) {
        app.get(path, handler);
        app.head(path, handler);
    }
}
