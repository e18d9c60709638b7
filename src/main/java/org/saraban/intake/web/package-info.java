/** The HTTP side: the search API (and, later, the web page and feeds), served on localhost by default. */
package org.saraban.intake.web;
