<?php
/**
 * Plugin Name:       Repère
 * Description:       A bilingual community-resource finder (food banks, shelters, clinics…) from one JSON feed: a shortcode and a block. Nothing is sent but the request for the feed.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Repère
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       repere
 * Domain Path:       /languages
 *
 * @package Repere
 */

defined( 'ABSPATH' ) || exit;

define( 'REPERE_VERSION', '0.1.0' );
define( 'REPERE_PLUGIN_FILE', __FILE__ );
define( 'REPERE_PLUGIN_DIR', plugin_dir_path( __FILE__ ) );

require_once REPERE_PLUGIN_DIR . 'includes/attributes.php';
require_once REPERE_PLUGIN_DIR . 'includes/assets.php';
require_once REPERE_PLUGIN_DIR . 'includes/render.php';
require_once REPERE_PLUGIN_DIR . 'includes/block.php';
require_once REPERE_PLUGIN_DIR . 'includes/settings.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'repere', false, dirname( plugin_basename( REPERE_PLUGIN_FILE ) ) . '/languages' );
	},
	5
);
