package hallq.server.notify;

import hallq.protocol.Json;
import hallq.protocol.hall.SmsPlatform;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The hall's SMS platform, driven the way such platforms are: one POST a message to the hall file's
 * {@code sms.url}, {@code phone} and {@code text} as a form or as JSON, the {@code sms.token} as a bearer token.
 * Any 2xx answer is taken; another status, no answer within {@code sms.timeoutMs} (connecting included) or no
 * connection is an {@link SmsFailure} saying which, never with the number. Blocks: call it from
 * {@link SmsSender}'s thread.
 */
public final class HttpSms implements SmsGateway {
    private final SmsPlatform platform;
    private final URI url;
    private final Duration timeout;
    private final HttpClient http;

    public HttpSms(SmsPlatform platform) {
        this.platform = platform;
        this.url = URI.create(platform.url());
        this.timeout = Duration.ofMillis(platform.timeoutMs());
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void send(String phone, String text) throws SmsFailure {
        if (!PhoneNumbers.valid(phone)) {
            throw new SmsFailure("not a mobile number");
        }
        String body;
        String type;
        if (platform.json()) {
            body = Json.mapper().createObjectNode().put("phone", phone).put("text", text).toString();
            type = "application/json; charset=utf-8";
        } else {
            body = "phone=" + URLEncoder.encode(phone, StandardCharsets.UTF_8) + "&text="
                    + URLEncoder.encode(text, StandardCharsets.UTF_8);
            type = "application/x-www-form-urlencoded; charset=utf-8";
        }
        HttpRequest.Builder req = HttpRequest.newBuilder(url).timeout(timeout).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (platform.token() != null) {
            req.header("Authorization", "Bearer " + platform.token());
        }
        HttpResponse<Void> res;
        try {
            // the whole exchange within the timeout: the request's own covers the answer's head, not a slow body
            res = http.sendAsync(req.build(), HttpResponse.BodyHandlers.discarding())
                    .get(platform.timeoutMs(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new SmsFailure("the SMS platform did not answer within " + platform.timeoutMs() + " ms");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw new SmsFailure("the SMS platform did not answer within " + platform.timeoutMs() + " ms");
            }
            throw new SmsFailure("the SMS platform cannot be reached: " + (cause instanceof IOException
                    ? cause.getClass().getSimpleName() : String.valueOf(cause)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsFailure("interrupted while sending");
        }
        if (res.statusCode() / 100 != 2) {
            throw new SmsFailure("the SMS platform answered HTTP " + res.statusCode());
        }
    }
}
