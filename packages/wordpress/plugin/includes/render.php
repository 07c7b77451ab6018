<?php
/**
 * The finder's HTML: one function that the shortcode and the block both
 * call, so that they write the same markup.
 *
 * @package Repere
 */

defined( 'ABSPATH' ) || exit;

/**
 * Writes `<repere-finder>` with the given attributes and enqueues its script.
 *
 * @param array<string, mixed> $raw      Values keyed by element attribute name (unchecked).
 * @param string               $fallback HTML shown before the script runs and when the feed
 *                                       cannot be loaded (already filtered by the caller).
 * @return string
 */
function repere_render_finder( array $raw, $fallback = '' ) {
	$attributes = repere_clean_attributes( $raw );
	if ( empty( $attributes['feed'] ) && ! empty( $raw['feed'] ) ) {
		// A feed was given but is not a web address: say so rather than show another feed.
		return repere_editor_notice( __( 'Repère: the feed URL must start with http:// or https:// (or be a path on this site, starting with /).', 'repere' ) );
	}
	if ( empty( $attributes['feed'] ) ) {
		$default = repere_clean_url( get_option( 'repere_default_feed', '' ) );
		if ( '' === $default ) {
			return repere_editor_notice( __( 'Repère: no feed. Give the shortcode or the block a feed URL, or set the default feed in Settings > Repère.', 'repere' ) );
		}
		$attributes = array( 'feed' => $default ) + $attributes;
	}

	repere_enqueue_finder();

	$html = '<repere-finder';
	foreach ( $attributes as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( in_array( repere_finder_attributes()[ $name ]['type'], array( 'url', 'exit' ), true ) ) {
			$html .= ' ' . $name . '="' . esc_url( $value, array( 'http', 'https' ) ) . '"';
		} else {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html . '>' . $fallback . '</repere-finder>';
}

/**
 * A problem only the people who can fix it see; visitors see nothing.
 *
 * @param string $message The translated message.
 * @return string
 */
function repere_editor_notice( $message ) {
	return current_user_can( 'edit_posts' ) ? '<p class="repere-notice">' . esc_html( $message ) . '</p>' : '';
}

/**
 * `[repere_finder feed="…" lang="fr" region="…"]`, with the element's
 * attribute names; a boolean one may be bare (`[repere_finder compact]`).
 * Text between `[repere_finder]` and `[/repere_finder]` is the fallback.
 *
 * @param array<int|string, string>|string $atts    Shortcode attributes.
 * @param string|null                      $content Enclosed content.
 * @return string
 */
function repere_shortcode( $atts, $content = null ) {
	$raw = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$raw[ strtolower( $value ) ] = true; // A bare flag.
		} else {
			$raw[ strtolower( $key ) ] = $value;
		}
	}
	$fallback = null === $content ? '' : wp_kses_post( do_shortcode( $content ) );
	return repere_render_finder( $raw, $fallback );
}
add_shortcode( 'repere_finder', 'repere_shortcode' );
