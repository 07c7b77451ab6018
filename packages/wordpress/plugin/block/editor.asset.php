<?php
/**
 * What block/editor.js uses: WordPress's own editor globals, no build step.
 *
 * @package Repere
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor' ),
	'version'      => '0.1.0',
);
