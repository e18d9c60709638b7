/** QR stage: every QR code on every page, with its payload and page, decoded by ZXing. */
package org.saraban.intake.qr;
