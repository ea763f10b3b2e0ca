package io.larkgen.sandbox;

/**
 * What an app's request URL answered to a pushed event.
 *
 * @param eventId the {@code header.event_id} sent
 * @param status the HTTP status of the answer
 * @param body the answer's body
 */
public record EventDelivery(String eventId, int status, String body) {}
