<?php
/**
 * The element's files, shipped in assets/ (WordPress.org forbids loading a
 * plugin's code from elsewhere), loaded only on pages that show a finder.
 *
 * @package Repere
 */

defined( 'ABSPATH' ) || exit;

/**
 * Enqueues the element as a module script, and its classic-script loader
 * for browsers without modules. Called by the renderer, so only pages with
 * a finder load it; scripts enqueued that late are printed in the footer.
 */
function repere_enqueue_finder() {
	$base = plugins_url( 'assets/', REPERE_PLUGIN_FILE );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		// WordPress 6.5 and later print script modules themselves.
		wp_enqueue_script_module( 'repere-finder', $base . 'repere-finder.bundle.js', array(), REPERE_VERSION );
	} else {
		wp_enqueue_script( 'repere-finder', $base . 'repere-finder.bundle.js', array(), REPERE_VERSION, true );
	}
	wp_enqueue_script( 'repere-finder-nomodule', $base . 'repere-finder.iife.js', array(), REPERE_VERSION, true );
}

/**
 * Before WordPress 6.5, the bundle's tag gets `type="module"`; the loader's
 * gets `nomodule` (a browser that runs modules skips it).
 *
 * @param string $tag    The tag WordPress wrote.
 * @param string $handle The script's handle.
 * @param string $src    Its address.
 * @return string
 */
function repere_script_tag( $tag, $handle, $src ) {
	if ( 'repere-finder' === $handle ) {
		return '<script type="module" src="' . esc_url( $src ) . '" id="repere-finder-js"></script>' . "\n";
	}
	if ( 'repere-finder-nomodule' === $handle ) {
		return '<script nomodule src="' . esc_url( $src ) . '" id="repere-finder-nomodule-js"></script>' . "\n";
	}
	return $tag;
}
add_filter( 'script_loader_tag', 'repere_script_tag', 10, 3 );
