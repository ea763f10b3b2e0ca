/**
 * Micrometer meters for Larkgen clients: {@link
 * io.larkgen.runtime.micrometer.MicrometerCallListener}.
 */
package io.larkgen.runtime.micrometer;
