/**
 * The HTTP side, served by the same process as the pipeline: the JSON API, the deadline feeds and
 * the Thai web page (static files under {@code resources/web}). Listens on localhost by default;
 * {@link AccessPolicy} decides who else may use it.
 */
package org.saraban.intake.web;
