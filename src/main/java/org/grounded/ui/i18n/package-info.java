/**
 * The window's texts in English, Spanish and Malay ({@link org.grounded.ui.i18n.Localization});
 * a shared package that knows no feature.
 */
package org.grounded.ui.i18n;
