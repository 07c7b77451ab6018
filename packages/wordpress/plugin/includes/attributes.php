<?php
/**
 * The element's attributes that a webmaster can set from WordPress: the one
 * table the shortcode, the block (its attributes and its sidebar controls)
 * and the renderer read.
 *
 * @package Repere
 */

defined( 'ABSPATH' ) || exit;

/**
 * The supported `<repere-finder>` attributes, keyed by their name on the
 * element (and in the shortcode). `type` says how a value is checked:
 * `url` (http(s) or a site path), `ids` (comma-separated ids), `int`,
 * `bool`, `lang`, `theme`, `exit` (on, as a bare attribute: the element's
 * neutral address; or an http(s) address).
 *
 * @return array<string, array{type: string, label: string, help?: string}>
 */
function repere_finder_attributes() {
	return array(
		'feed'           => array(
			'type'  => 'url',
			'label' => __( 'Feed URL', 'repere' ),
			'help'  => __( 'The JSON feed to search. Empty: the default feed of Settings > Repère.', 'repere' ),
		),
		'lang'           => array(
			'type'  => 'lang',
			'label' => __( 'Language', 'repere' ),
			'help'  => __( 'Empty: the language of the page.', 'repere' ),
		),
		'region'         => array(
			'type'  => 'ids',
			'label' => __( 'Region', 'repere' ),
			'help'  => __( 'Region ids from the feed, comma-separated, e.g. kamouraska.', 'repere' ),
		),
		'category'       => array(
			'type'  => 'ids',
			'label' => __( 'Category', 'repere' ),
			'help'  => __( 'Category ids from the feed, comma-separated.', 'repere' ),
		),
		'limit'          => array(
			'type'  => 'int',
			'label' => __( 'Results shown at a time', 'repere' ),
		),
		'theme'          => array(
			'type'  => 'theme',
			'label' => __( 'Colours', 'repere' ),
		),
		'compact'        => array(
			'type'  => 'bool',
			'label' => __( 'Compact layout (sidebar)', 'repere' ),
		),
		'no-filters'     => array(
			'type'  => 'bool',
			'label' => __( 'Hide the filters', 'repere' ),
		),
		'quick-exit'     => array(
			'type'  => 'exit',
			'label' => __( '“Leave quickly” button', 'repere' ),
			'help'  => __( 'For sensitive topics: a button that replaces the page with a neutral one (a search engine, unless you give another address).', 'repere' ),
		),
		'sync-url'       => array(
			'type'  => 'bool',
			'label' => __( 'Show the search in the page address', 'repere' ),
			'help'  => __( 'Back, Forward and shared links then work; the query appears in the address.', 'repere' ),
		),
		'persist-list'   => array(
			'type'  => 'bool',
			'label' => __( 'Keep “My list” in the browser', 'repere' ),
		),
		'no-cache'       => array(
			'type'  => 'bool',
			'label' => __( 'Keep no copy of the feed', 'repere' ),
		),
		'needs-endpoint' => array(
			'type'  => 'url',
			'label' => __( 'Anonymous needs report address', 'repere' ),
			'help'  => __( 'Off when empty. See the privacy documentation before turning it on.', 'repere' ),
		),
	);
}

/**
 * The block attribute for an element attribute: `no-filters` → `noFilters`.
 *
 * @param string $name The element attribute.
 * @return string
 */
function repere_block_attribute_name( $name ) {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) );
}

/**
 * The interface languages the element speaks, code => name in itself, as
 * the build copied them from the widget (packages/widget/src/languages.ts).
 *
 * @return array<string, string>
 */
function repere_languages() {
	static $languages = null;
	if ( null === $languages ) {
		$file      = REPERE_PLUGIN_DIR . 'assets/languages.json';
		$decoded   = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
		$languages = is_array( $decoded ) ? $decoded : array();
	}
	return $languages;
}

/**
 * A feed-like address, or '' when it is not one: an absolute http(s) URL or
 * a path on this site ("/wp-content/uploads/feed.json").
 *
 * @param mixed $value The raw value.
 * @return string The address as stored (esc_url_raw), or ''.
 */
function repere_clean_url( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$is_path = '/' === $value[0] && ( ! isset( $value[1] ) || '/' !== $value[1] );
	if ( ! $is_path && ! preg_match( '#^https?://[^/\s]#i', $value ) ) {
		return '';
	}
	return esc_url_raw( $value, array( 'http', 'https' ) );
}

/**
 * Keeps the supported attributes with a valid value, in the element's
 * names; drops the others, so that nothing unchecked reaches the page.
 *
 * @param array<string, mixed> $raw Values keyed by element attribute name.
 * @return array<string, string|true> Attribute => value (true: a boolean attribute that is on).
 */
function repere_clean_attributes( array $raw ) {
	$clean = array();
	foreach ( repere_finder_attributes() as $name => $spec ) {
		if ( ! array_key_exists( $name, $raw ) ) {
			continue;
		}
		$value = $raw[ $name ];
		$on = true === $value || in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on', $name ), true );
		switch ( $spec['type'] ) {
			case 'bool':
				if ( $on ) {
					$clean[ $name ] = true;
				}
				break;
			case 'exit':
				$url = repere_clean_url( $value );
				if ( $on ) {
					$clean[ $name ] = true;
				} elseif ( preg_match( '#^https?://#i', $url ) ) {
					$clean[ $name ] = $url;
				}
				break;
			case 'url':
				$url = repere_clean_url( $value );
				if ( '' !== $url ) {
					$clean[ $name ] = $url;
				}
				break;
			case 'ids':
				$ids = array_filter( array_map( 'sanitize_key', explode( ',', (string) $value ) ) );
				if ( $ids ) {
					$clean[ $name ] = implode( ',', $ids );
				}
				break;
			case 'int':
				// Not absint(): "-5" is a mistake to drop, not 5.
				$number = is_numeric( $value ) ? (int) $value : 0;
				if ( $number > 0 ) {
					$clean[ $name ] = (string) $number;
				}
				break;
			case 'lang':
				// A language the element does not speak is still a valid tag
				// (fr-CA, ar-MA): the element picks the nearest one it has.
				if ( is_string( $value ) && preg_match( '/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i', trim( $value ) ) ) {
					$clean[ $name ] = trim( $value );
				}
				break;
			case 'theme':
				if ( in_array( $value, array( 'light', 'dark', 'auto' ), true ) ) {
					$clean[ $name ] = $value;
				}
				break;
		}
	}
	return $clean;
}
