<?php
/**
 * Installs the test site with WordPress's own functions (WP-CLI is not in
 * Debian): wp_install(), the theme, the plugin activated, the users and the
 * pages the tests open. Prints what it made as JSON.
 *
 * Usage: php setup-site.php <WordPress folder> <site URL> <plugin zip>
 *
 * @package Repere
 */

list( , $www, $url, $zip ) = $argv;
$_SERVER['HTTP_HOST']   = wp_test_host( $url );
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );

/**
 * The host:port of the site's URL.
 *
 * @param string $url The site URL.
 * @return string
 */
function wp_test_host( $url ) {
	return parse_url( $url, PHP_URL_HOST ) . ':' . parse_url( $url, PHP_URL_PORT );
}

// Offline: no mail to send (these two are pluggable).
function wp_mail() {
	return true;
}
function wp_new_blog_notification() {}

require $www . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

wp_install( 'Ville de La Pocatière (fictive)', 'admin', 'admin@example.org', true, '', 'admin-pass-0101' );
switch_theme( 'twentytwentythree' );

// The plugin's zip installed as Plugins > Add New > Upload Plugin does it.
$skin      = new Automatic_Upgrader_Skin();
$installed = ( new Plugin_Upgrader( $skin ) )->install( $zip );
if ( true !== $installed ) {
	fwrite( STDERR, 'The plugin zip did not install: ' . ( is_wp_error( $installed ) ? $installed->get_error_message() : implode( "\n", $skin->get_upgrade_messages() ) ) );
	exit( 1 );
}
$activated = activate_plugin( 'repere/repere.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, $activated->get_error_message() );
	exit( 1 );
}
update_user_meta( 1, 'locale', 'fr_FR' );

// An editor as on a multisite or a locked-down site: no unfiltered_html,
// so what they save goes through kses.
get_role( 'editor' )->remove_cap( 'unfiltered_html' );
$editor = wp_insert_user(
	array(
		'user_login' => 'redaction',
		'user_pass'  => 'editor-pass-0102',
		'user_email' => 'redaction@example.org',
		'role'       => 'editor',
	)
);

update_option( 'repere_default_feed', $url . '/wp-content/uploads/repere/feed.json' );

wp_set_current_user( 1 );
wp_delete_post( 2, true ); // wp_install()'s sample page.
$page  = static function ( $title, $content ) {
	return wp_insert_post(
		array(
			'post_type'    => 'page',
			'post_status'  => 'publish',
			'post_title'   => $title,
			'post_content' => $content,
		),
		true
	);
};
$pages = array(
	'shortcode' => $page( 'Ressources communautaires', "<!-- wp:paragraph -->\n<p>Trouvez un service près de chez vous.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:shortcode -->\n[repere_finder lang=\"fr\" region=\"kamouraska\" quick-exit]Besoin d’aide maintenant ? Composez le <a href=\"tel:211\">211</a>.[/repere_finder]\n<!-- /wp:shortcode -->" ),
	'block'     => $page( 'Community resources (English)', "<!-- wp:repere/finder {\"lang\":\"en\",\"noFilters\":true,\"limit\":5} /-->" ),
	'plain'     => $page( 'À propos', '<!-- wp:paragraph --><p>No finder here.</p><!-- /wp:paragraph -->' ),
	'hostile'   => $page( 'Archives', "[repere_finder feed=\"javascript:alert(1)\"]\n\n[repere_finder quick-exit=\"javascript:alert(2)\" region=\"kamouraska onmouseover=alert(3)\" category=\"aines, food-banks\" lang=\"fr onmouseover=alert(4)\" theme=\"neon\" limit=\"-5\" compact=\"no\" no-filters=\"1\" onclick=\"alert(5)\"]" ),
);
foreach ( $pages as $name => $id ) {
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, "$name: " . $id->get_error_message() );
		exit( 1 );
	}
}

echo wp_json_encode(
	array(
		'pages' => $pages,
		'users' => array(
			'admin'  => array(
				'login'    => 'admin',
				'password' => 'admin-pass-0101',
			),
			'editor' => array(
				'login'    => 'redaction',
				'password' => 'editor-pass-0102',
			),
		),
	)
);
