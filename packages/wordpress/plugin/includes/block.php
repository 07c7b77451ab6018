<?php
/**
 * The "Resource finder (Repère)" block: registered from block/block.json,
 * with its attributes made from the same table as the shortcode's and
 * rendered by the same function.
 *
 * @package Repere
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the block and gives its editor script the settings to show.
 */
function repere_register_block() {
	$attributes = array();
	foreach ( repere_finder_attributes() as $name => $spec ) {
		$types = array(
			'bool' => 'boolean',
			'int'  => 'number',
		);
		$attributes[ repere_block_attribute_name( $name ) ] = array( 'type' => isset( $types[ $spec['type'] ] ) ? $types[ $spec['type'] ] : 'string' );
	}
	$block = register_block_type(
		REPERE_PLUGIN_DIR . 'block',
		array(
			'attributes'      => $attributes,
			'render_callback' => 'repere_render_block',
		)
	);
	if ( $block ) {
		wp_add_inline_script( generate_block_asset_handle( 'repere/finder', 'editorScript' ), 'var repereFinderBlock = ' . wp_json_encode( repere_block_editor_config() ) . ';', 'before' );
	}
}
add_action( 'init', 'repere_register_block' );

/**
 * What the editor script shows: each setting with its translated label,
 * and the choices of the two lists.
 *
 * @return array<string, mixed>
 */
function repere_block_editor_config() {
	$languages = array(
		array(
			'value' => '',
			'label' => __( 'The language of the page', 'repere' ),
		),
	);
	foreach ( repere_languages() as $code => $name ) {
		$languages[] = array(
			'value' => $code,
			'label' => $name,
		);
	}
	$themes   = array(
		array(
			'value' => '',
			'label' => __( 'Light', 'repere' ),
		),
		array(
			'value' => 'dark',
			'label' => __( 'Dark', 'repere' ),
		),
		array(
			'value' => 'auto',
			'label' => __( 'As the device (light or dark)', 'repere' ),
		),
	);
	$settings = array();
	foreach ( repere_finder_attributes() as $name => $spec ) {
		$setting = array(
			'key'   => repere_block_attribute_name( $name ),
			'type'  => $spec['type'],
			'label' => $spec['label'],
			'help'  => isset( $spec['help'] ) ? $spec['help'] : '',
		);
		if ( 'lang' === $spec['type'] ) {
			$setting['options'] = $languages;
		} elseif ( 'theme' === $spec['type'] ) {
			$setting['options'] = $themes;
		}
		$settings[] = $setting;
	}
	return array(
		'settings'    => $settings,
		'defaultFeed' => repere_clean_url( get_option( 'repere_default_feed', '' ) ),
		'strings'     => array(
			'title'           => __( 'Resource finder (Repère)', 'repere' ),
			'settings'        => __( 'Finder settings', 'repere' ),
			/* translators: followed by the feed's address. */
			'feed'            => __( 'Feed:', 'repere' ),
			'noFeed'          => __( 'No feed yet: give one in the sidebar, or set the default feed in Settings > Repère.', 'repere' ),
			'exitAddress'     => __( 'Neutral address', 'repere' ),
			'exitAddressHelp' => __( 'An http(s) address, e.g. a weather page. Empty: a search engine.', 'repere' ),
		),
	);
}

/**
 * The block on the page: the same markup as the shortcode.
 *
 * @param array<string, mixed> $attributes The block's attributes.
 * @return string
 */
function repere_render_block( $attributes ) {
	$raw = array();
	foreach ( array_keys( repere_finder_attributes() ) as $name ) {
		$key = repere_block_attribute_name( $name );
		if ( isset( $attributes[ $key ] ) ) {
			$raw[ $name ] = $attributes[ $key ];
		}
	}
	return repere_render_finder( $raw );
}
